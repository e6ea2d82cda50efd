package com.partnershiptracker.database;

import java.time.LocalDate;
import java.util.Map;

/**
 * SQL for "as of a day": whether something that began (or ended) on a partial date had surely, or
 * only possibly, done so by that day. A date counts by its period: "2020-08" surely began by
 * 2020-09-01 (its last day is before), possibly by 2020-08-15 (its period holds the day), and not
 * by 2020-07-31. The day is bound as {@code :asOfDay} with the first days of the last whole month
 * and year it closes, so each test compares the stored first day only and reads an index.
 */
public final class AsOfCondition {

    private AsOfCondition() {
    }

    /** Binds the day and the periods it closes. */
    public static void bind(Map<String, Object> params, LocalDate day) {
        LocalDate next = day.plusDays(1);
        params.put("asOfDay", day);
        params.put("asOfWholeMonth", next.withDayOfMonth(1).minusMonths(1));
        params.put("asOfWholeYear", next.withDayOfYear(1).minusYears(1));
    }

    /** True when the whole period of the date lies on or before the day: it surely happened by then. */
    public static String surelyBy(String dateColumn, String precisionColumn) {
        return "((" + precisionColumn + " = 'DAY' and " + dateColumn + " <= :asOfDay)"
                + " or (" + precisionColumn + " = 'MONTH' and " + dateColumn + " <= :asOfWholeMonth)"
                + " or (" + precisionColumn + " = 'YEAR' and " + dateColumn + " <= :asOfWholeYear))";
    }

    /** True when the period of the date begins on or before the day: it may have happened by then. */
    public static String possiblyBy(String dateColumn) {
        return "(" + dateColumn + " <= :asOfDay)";
    }

    /**
     * True for something in force on the day, surely or possibly: begun possibly by then (or of no
     * known start) and not surely ended by then.
     */
    public static String inForce(String start, String startPrecision, String end, String endPrecision) {
        return "((" + start + " is null or " + possiblyBy(start) + ")"
                + " and (" + end + " is null or not " + surelyBy(end, endPrecision) + "))";
    }

    /**
     * True for what {@link #inForce} keeps but the record cannot place surely on either side of the
     * day: no known start, a start whose period holds the day, or an end whose period holds it.
     */
    public static String uncertain(String start, String startPrecision, String end, String endPrecision) {
        return "(" + start + " is null or not " + surelyBy(start, startPrecision)
                + " or (" + end + " is not null and " + possiblyBy(end) + "))";
    }
}
