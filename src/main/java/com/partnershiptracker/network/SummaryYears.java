package com.partnershiptracker.network;

import com.partnershiptracker.shared.PartialDate;

import java.time.MonthDay;

/**
 * A date range made of whole years, which the network's summaries, kept by year, can answer:
 * from the first of January of its first year to the last of December of its last, either end
 * open. With both ends open it is all time, undated agreements included; otherwise only dated ones.
 */
record SummaryYears(PartialDate from, PartialDate to) {

    private static final MonthDay NEW_YEAR = MonthDay.of(1, 1);
    private static final MonthDay NEW_YEARS_EVE = MonthDay.of(12, 31);
    /** Year 0 holds the undated agreements in the summaries. */
    private static final int FIRST_DATED_YEAR = 1;

    /** Whether a range starts on a first of January and ends on a last of December, when it has ends. */
    static boolean cover(PartialDate from, PartialDate to) {
        return (from == null || MonthDay.from(from.start()).equals(NEW_YEAR))
                && (to == null || MonthDay.from(to.end()).equals(NEW_YEARS_EVE));
    }

    SummaryYears {
        if (!cover(from, to)) {
            throw new IllegalArgumentException("not whole years: " + from + " to " + to);
        }
    }

    boolean all() {
        return from == null && to == null;
    }

    int first() {
        return from == null ? FIRST_DATED_YEAR : from.start().getYear();
    }

    int last() {
        return to == null ? Integer.MAX_VALUE : to.end().getYear();
    }
}
