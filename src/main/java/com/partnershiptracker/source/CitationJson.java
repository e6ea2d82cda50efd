package com.partnershiptracker.source;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/**
 * A citation in JSON; a conflicting one names the attribute it disputes and the value its source gives.
 * {@code attributes} names the attributes of the fact the source supports; empty means the whole record.
 * The note (a remark, or why a conflicting value is not kept) comes in English and in Korean.
 */
public record CitationJson(@Schema(description = "The cited source's id", example = "12") long sourceId,
                           @Schema(nullable = true, description = "The words of the source that support the fact; null when none was kept")
                           String quote,
                           @Schema(nullable = true, description = "The attribute a conflicting citation disputes; null unless it conflicts",
                                   implementation = CitedAttribute.class, example = "SIGNED")
                           String claimAttribute,
                           @Schema(nullable = true, description = "The value the conflicting source gives; null unless it conflicts",
                                   example = "2020-07-15")
                           String claimValue,
                           @Schema(nullable = true, description = "The citation's note in English; null when none")
                           String note,
                           @ArraySchema(schema = @Schema(implementation = CitedAttribute.class),
                                   arraySchema = @Schema(description = "The attributes of the fact the source supports; empty: the whole record"))
                           List<String> attributes,
                           @Schema(nullable = true, description = "The citation's note in Korean; null when none")
                           String noteKo) {

    /** A citation whose note is in English alone. */
    public CitationJson(long sourceId, String quote, String claimAttribute, String claimValue, String note,
                        List<String> attributes) {
        this(sourceId, quote, claimAttribute, claimValue, note, attributes, null);
    }

    public static CitationJson of(SourceCitation citation) {
        return new CitationJson(citation.sourceId(), citation.quote(), citation.claimAttribute(), citation.claimValue(),
                citation.note(), citation.attributes().stream().map(Enum::name).toList(), citation.noteKo());
    }
}
