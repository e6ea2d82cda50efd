package com.partnershiptracker.lookup;

import com.partnershiptracker.shared.Bilingual;
import com.partnershiptracker.shared.PartialDate;

/**
 * One record a look-up found: its key (slug, or id as text), its name or title, and what tells it
 * apart from a namesake: a kind (as the message key of its label), a date and a context (the
 * parent organization, the publisher, the initiative a target belongs to).
 */
public record LookupMatch(LookupKind kind, long id, String key, Bilingual label, String kindMessageKey, PartialDate date, Bilingual context) {

    /** The text a picker puts in its field for this record, which resolves back to it. */
    public String text(java.util.Locale locale) {
        return ReferenceText.canonical(label.in(locale), key, kind.isKeyedById());
    }
}
