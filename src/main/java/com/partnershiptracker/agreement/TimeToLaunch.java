package com.partnershiptracker.agreement;

import com.partnershiptracker.shared.LaunchSpan;
import com.partnershiptracker.shared.PartialDate;

import java.util.Collection;
import java.util.Comparator;
import java.util.Objects;

/**
 * How long an agreement took to produce its first live service: from its signing to the earliest launch date
 * among its initiatives. Counted as {@link LaunchSpan} counts, at the coarser date's precision.
 *
 * @param signed      the signing date, or null when unknown
 * @param firstLaunch the earliest launch among the agreement's initiatives, or null when none has a launch date
 */
public record TimeToLaunch(PartialDate signed, PartialDate firstLaunch) {

    public static TimeToLaunch of(PartialDate signed, Collection<PartialDate> launches) {
        PartialDate first = launches.stream().filter(Objects::nonNull).min(Comparator.naturalOrder()).orElse(null);
        return new TimeToLaunch(signed, first);
    }

    /** The span from signing to the first launch, or null when either is unknown. */
    public LaunchSpan span() {
        return LaunchSpan.between(signed, firstLaunch);
    }

    /** Whole months from signing to the first launch (negative when it came first), or null; see {@link LaunchSpan#monthsBetween}. */
    public Integer months() {
        return LaunchSpan.monthsBetween(signed, firstLaunch);
    }
}
