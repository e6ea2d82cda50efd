package com.partnershiptracker.source;

import com.partnershiptracker.shared.Bilingual;
import com.partnershiptracker.shared.FactRef;
import com.partnershiptracker.shared.PartialDate;

/** A citation as pages show it: the fact it supports, its source's essentials, the quote and any conflicting claim. */
public record SourceCitation(FactRef fact, long sourceId, String publisher, Bilingual headline, PartialDate published,
                             String url, String quote, String claimAttribute, String claimValue, String note) {

    /** A citation of an entity already loaded with its source, as pages show it. */
    public static SourceCitation of(FactRef fact, Citation citation) {
        Source source = citation.getSource();
        return new SourceCitation(fact, source.getId(), source.getPublisher(), source.getHeadline(), source.getPublished(),
                source.getUrl(), citation.getQuote(), citation.getClaimAttribute(), citation.getClaimValue(),
                citation.getNote());
    }

    public boolean isConflicting() {
        return claimAttribute != null;
    }
}
