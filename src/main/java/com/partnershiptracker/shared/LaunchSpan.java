package com.partnershiptracker.shared;

import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.Objects;

/**
 * The time from one partial date to a later one, such as an agreement's signing to an initiative's launch,
 * counted no finer than the coarser of the two dates: two days give whole months (or days under a month),
 * a month-only date gives months, a year-only date gives years. "July 2020" to 3 August 2020 is one month,
 * never a day count; 2020 to March 2021 is one year. When the two periods are the same period at that
 * precision the span is {@link Direction#SAME_PERIOD}; when the second ends before the first, {@link Direction#BEFORE}.
 *
 * @param direction whether the second date comes after the first, in the same period, or before it
 * @param unit      the unit the span is counted in
 * @param amount    how many units apart the two dates are; never negative
 */
public record LaunchSpan(Direction direction, Unit unit, long amount) {

    public enum Direction { AFTER, SAME_PERIOD, BEFORE }

    public enum Unit { DAYS, MONTHS, YEARS }

    public LaunchSpan {
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(unit, "unit");
        if (amount < 0) {
            throw new IllegalArgumentException("A span is never negative");
        }
    }

    /** The span from {@code from} to {@code to}, or null when either is unknown. */
    public static LaunchSpan between(PartialDate from, PartialDate to) {
        if (from == null || to == null) {
            return null;
        }
        DatePrecision coarser = from.precision().rank() <= to.precision().rank() ? from.precision() : to.precision();
        return switch (coarser) {
            case YEAR -> counted(Unit.YEARS, to.start().getYear() - from.start().getYear());
            case MONTH -> counted(Unit.MONTHS, monthIndex(to.start()) - monthIndex(from.start()));
            case DAY -> betweenDays(from.start(), to.start());
        };
    }

    /**
     * The whole months from {@code from} to {@code to} at month level, as the API's {@code monthsToLaunch}
     * gives it (negative when launched before signing), or null when either is unknown or either is known
     * only to the year, where any month count would be invented.
     */
    public static Integer monthsBetween(PartialDate from, PartialDate to) {
        LaunchSpan span = between(from, to);
        if (span == null || span.unit == Unit.YEARS) {
            return null;
        }
        if (span.unit == Unit.DAYS) {
            return 0;
        }
        int months = Math.toIntExact(span.amount);
        return span.direction == Direction.BEFORE ? -months : months;
    }

    /** The month on a continuous count (year × 12 + month), for month arithmetic that ignores day lengths. */
    public static long monthIndex(LocalDate day) {
        return day.getYear() * 12L + day.getMonthValue() - 1;
    }

    /** The month on the same count as {@link #monthIndex(LocalDate)}. */
    public static long monthIndex(YearMonth month) {
        return month.getYear() * 12L + month.getMonthValue() - 1;
    }

    private static LaunchSpan betweenDays(LocalDate from, LocalDate to) {
        if (from.equals(to)) {
            return new LaunchSpan(Direction.SAME_PERIOD, Unit.DAYS, 0);
        }
        boolean after = to.isAfter(from);
        Period period = after ? Period.between(from, to) : Period.between(to, from);
        long months = period.toTotalMonths();
        Direction direction = after ? Direction.AFTER : Direction.BEFORE;
        if (months == 0) {
            return new LaunchSpan(direction, Unit.DAYS, period.getDays());
        }
        return new LaunchSpan(direction, Unit.MONTHS, months);
    }

    private static LaunchSpan counted(Unit unit, long difference) {
        if (difference == 0) {
            return new LaunchSpan(Direction.SAME_PERIOD, unit, 0);
        }
        return new LaunchSpan(difference > 0 ? Direction.AFTER : Direction.BEFORE, unit, Math.abs(difference));
    }

    public boolean isAfter() {
        return direction == Direction.AFTER;
    }

    public boolean isBefore() {
        return direction == Direction.BEFORE;
    }

    public boolean isSamePeriod() {
        return direction == Direction.SAME_PERIOD;
    }

    /**
     * The message key that says the span in words, with {@link #amount} as its argument:
     * {@code launch.span.after.MONTHS} ("launched {0} months after signing"), {@code launch.span.same.YEARS}
     * ("launched in the year of signing"), {@code launch.span.before.DAYS}, and so on.
     */
    public String messageKey() {
        String way = switch (direction) {
            case AFTER -> "after";
            case SAME_PERIOD -> "same";
            case BEFORE -> "before";
        };
        return "launch.span." + way + "." + unit.name();
    }
}
