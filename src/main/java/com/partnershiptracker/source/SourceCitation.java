package com.partnershiptracker.source;

import com.partnershiptracker.shared.Bilingual;
import com.partnershiptracker.shared.FactRef;
import com.partnershiptracker.shared.PartialDate;

/** A citation as pages show it: the fact it supports, its source's essentials, the quote and any conflicting claim. */
public record SourceCitation(FactRef fact, long sourceId, String publisher, Bilingual headline, PartialDate published,
                             String url, String quote, String claimAttribute, String claimValue, String note) {

    public boolean isConflicting() {
        return claimAttribute != null;
    }
}
