package com.partnershiptracker.source;

import com.partnershiptracker.source.SourceCitation;

import java.util.List;

/**
 * A citation in JSON; a conflicting one names the attribute it disputes and the value its source gives.
 * {@code attributes} names the attributes of the fact the source supports; empty means the whole record.
 */
public record CitationJson(long sourceId, String quote, String claimAttribute, String claimValue, String note,
                           List<String> attributes) {

    public static CitationJson of(SourceCitation citation) {
        return new CitationJson(citation.sourceId(), citation.quote(), citation.claimAttribute(), citation.claimValue(),
                citation.note(), citation.attributes().stream().map(Enum::name).toList());
    }
}
