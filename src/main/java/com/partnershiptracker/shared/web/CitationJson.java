package com.partnershiptracker.shared.web;

import com.partnershiptracker.source.SourceCitation;

/** A citation in JSON; a conflicting one names the attribute it disputes and the value its source gives. */
public record CitationJson(long sourceId, String quote, String claimAttribute, String claimValue, String note) {

    public static CitationJson of(SourceCitation citation) {
        return new CitationJson(citation.sourceId(), citation.quote(), citation.claimAttribute(), citation.claimValue(),
                citation.note());
    }
}
