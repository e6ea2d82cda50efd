package com.partnershiptracker.source;

import com.partnershiptracker.shared.Bilingual;
import com.partnershiptracker.shared.FactRef;
import com.partnershiptracker.shared.RecordLink;

/** A fact a source supports, as the source page lists it. */
public record CitedFact(FactRef fact, Bilingual title, RecordLink link, String quote, String claimAttribute,
                        String claimValue, String note) {

    public boolean isConflicting() {
        return claimAttribute != null;
    }
}
