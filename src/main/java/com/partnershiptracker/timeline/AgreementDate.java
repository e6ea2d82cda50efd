package com.partnershiptracker.timeline;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * Which of an agreement's dates a timeline entry is: each is an entry of its own where it differs
 * from the others, and the {@code dates=} filter shows some of them alone.
 */
public enum AgreementDate {
    ANNOUNCED, SIGNED, EFFECTIVE, ENDED;

    /** The dates named, case-insensitive; a name that is none of them is ignored, not refused. */
    public static Set<AgreementDate> named(Collection<String> names) {
        Set<AgreementDate> dates = EnumSet.noneOf(AgreementDate.class);
        if (names == null) {
            return dates;
        }
        for (String name : names) {
            for (AgreementDate date : values()) {
                if (name != null && date.name().equals(name.strip().toUpperCase(Locale.ROOT))) {
                    dates.add(date);
                }
            }
        }
        return dates;
    }
}
