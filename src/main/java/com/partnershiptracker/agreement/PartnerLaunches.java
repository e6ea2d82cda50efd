package com.partnershiptracker.agreement;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;

/**
 * A partner's record from MOU to launch.
 *
 * @param agreements       how many agreements the partner is party to
 * @param launched         how many of them produced a launch (dated or not)
 * @param counted          how many of those have a month-level time from signing to first launch
 * @param medianMonths     the median of those times in months (a half when the count is even), or null when none
 */
public record PartnerLaunches(int agreements, int launched, int counted, BigDecimal medianMonths) {

    /** An agreement as the summary counts it: whether it produced a launch, and its months to the first, if known. */
    public record Agreement(boolean launched, Integer monthsToLaunch) {
    }

    public static PartnerLaunches of(List<Agreement> agreements) {
        List<Integer> months = agreements.stream().map(Agreement::monthsToLaunch).filter(Objects::nonNull).sorted().toList();
        int launched = (int) agreements.stream().filter(Agreement::launched).count();
        return new PartnerLaunches(agreements.size(), launched, months.size(), median(months));
    }

    static BigDecimal median(List<Integer> sorted) {
        if (sorted.isEmpty()) {
            return null;
        }
        int middle = sorted.size() / 2;
        if (sorted.size() % 2 == 1) {
            return BigDecimal.valueOf(sorted.get(middle));
        }
        return BigDecimal.valueOf(sorted.get(middle - 1) + sorted.get(middle)).divide(BigDecimal.valueOf(2), 1, RoundingMode.HALF_UP)
                .stripTrailingZeros();
    }
}
