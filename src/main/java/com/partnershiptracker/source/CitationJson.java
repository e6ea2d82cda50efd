package com.partnershiptracker.source;

import io.swagger.v3.oas.annotations.media.Schema;

import java.util.List;

/**
 * A citation in JSON; a conflicting one names the attribute it disputes and the value its source gives.
 * {@code attributes} names the attributes of the fact the source supports; empty means the whole record.
 * The note (a remark, or why a conflicting value is not kept) comes in English and in Korean.
 */
public record CitationJson(long sourceId, String quote, String claimAttribute, String claimValue,
                           @Schema(types = {"string", "null"}, description = "The citation's note in English; null when none")
                           String note,
                           List<String> attributes,
                           @Schema(types = {"string", "null"}, description = "The citation's note in Korean; null when none")
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
