package com.partnershiptracker.source;

import com.partnershiptracker.shared.Bilingual;
import com.partnershiptracker.shared.FactRef;
import com.partnershiptracker.shared.RecordLink;

/** A fact a source supports, as the source page lists it. */
public record CitedFact(FactRef fact, Bilingual title, RecordLink link, String quote, String claimAttribute,
                        String claimValue, String note, String noteKo) {

    /** A fact whose citation note is in English alone. */
    public CitedFact(FactRef fact, Bilingual title, RecordLink link, String quote, String claimAttribute,
                     String claimValue, String note) {
        this(fact, title, link, quote, claimAttribute, claimValue, note, null);
    }

    /** The citation's note in both languages (English is {@code note}). */
    public Bilingual notes() {
        return Bilingual.of(noteKo, note);
    }

    public boolean hasNote() {
        return note != null || noteKo != null;
    }

    public boolean isConflicting() {
        return claimAttribute != null;
    }
}
