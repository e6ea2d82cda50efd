package com.partnershiptracker.initiative;

import com.partnershiptracker.shared.LaunchSpan;
import com.partnershiptracker.shared.PartialDate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Whether a target is on course, worked out from its actuals on a given day.
 * <p>
 * The rule for partial dates: a target "by 2023" is due at the end of its period (31 December 2023; "by June
 * 2023" is due on 30 June 2023), and an actual "as of October 2022" counts at the end of its period too (the
 * sources say "as of the end of October"). Time is counted in whole months between those period ends, so a
 * month-only or year-only date never yields a day count. The needed trajectory is the straight line from the
 * first dated actual to the target's figure at its due month; the latest actual is on pace when it is on or
 * above the line at its own month. With a single actual there is no line, and the pace is {@link PaceStatus#UNKNOWN}.
 *
 * @param status         the pace
 * @param neededByLatest the value the line asks for at the latest actual's month, or null without a line (kept once
 *                       the date has passed, to show how far behind the record was)
 * @param neededPerMonth the rise per month needed from now to reach the figure by its due month, or null when the
 *                       target is reached, its date passed or unknown, or the figures cannot be compared
 * @param monthsLeft     whole months from now to the due month (at least 1 while it is not over), or null
 *                       without a target date or once it is over
 */
public record TargetPace(PaceStatus status, BigDecimal neededByLatest, BigDecimal neededPerMonth, Integer monthsLeft) {

    /** The pace of the target with its actuals (oldest first, as {@link TargetProgress} holds them) on the day given. */
    public static TargetPace of(TargetProgress progress, LocalDate today) {
        Metric target = progress.target();
        PartialDate due = target.getTarget();
        if (progress.isReached()) {
            return new TargetPace(PaceStatus.REACHED, null, null, null);
        }
        if (due != null && today.isAfter(due.end())) {
            // The line still says how far behind the record was at its latest figure.
            BigDecimal needed = progress.isMeasured()
                    ? neededAtLatest(progress.actuals(), target, due, Math.max(0, target.getValue().scale()))
                    : null;
            return new TargetPace(PaceStatus.DATE_PASSED, needed, null, null);
        }
        Integer monthsLeft = due == null ? null
                : (int) Math.max(1, LaunchSpan.monthIndex(due.end()) - LaunchSpan.monthIndex(today));
        if (!progress.isMeasured() || due == null) {
            return new TargetPace(PaceStatus.UNKNOWN, null, null, monthsLeft);
        }
        Metric latest = progress.latest();
        int scale = Math.max(0, target.getValue().scale());
        BigDecimal perMonth = target.getValue().subtract(latest.getValue())
                .divide(BigDecimal.valueOf(monthsLeft), scale, RoundingMode.HALF_UP);
        BigDecimal needed = neededAtLatest(progress.actuals(), target, due, scale);
        if (needed == null) {
            return new TargetPace(PaceStatus.UNKNOWN, null, perMonth, monthsLeft);
        }
        PaceStatus status = latest.getValue().compareTo(needed) >= 0 ? PaceStatus.ON_PACE : PaceStatus.BEHIND_PACE;
        return new TargetPace(status, needed, perMonth, monthsLeft);
    }

    /** The line's value at the latest actual's month, or null when no line can be drawn. */
    private static BigDecimal neededAtLatest(List<Metric> actuals, Metric target, PartialDate due, int scale) {
        BigDecimal aim = target.getValue();
        List<Metric> dated = actuals.stream()
                .filter(a -> a.getAsOf() != null && a.getValue() != null && Objects.equals(a.getUnit(), target.getUnit()))
                .toList();
        if (dated.size() < 2) {
            return null;
        }
        Metric first = dated.get(0);
        Metric latest = dated.get(dated.size() - 1);
        long start = LaunchSpan.monthIndex(first.getAsOf().end());
        long at = LaunchSpan.monthIndex(latest.getAsOf().end());
        long end = LaunchSpan.monthIndex(due.end());
        if (at <= start || end <= start) {
            return null;
        }
        BigDecimal rise = aim.subtract(first.getValue()).multiply(BigDecimal.valueOf(at - start))
                .divide(BigDecimal.valueOf(end - start), scale, RoundingMode.HALF_UP);
        return first.getValue().add(rise);
    }

    public boolean hasLine() {
        return neededByLatest != null;
    }
}
