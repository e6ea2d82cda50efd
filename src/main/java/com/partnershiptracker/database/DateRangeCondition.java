package com.partnershiptracker.database;

import com.partnershiptracker.shared.PartialDate;
import java.util.Map;

/**
 * The SQL condition that keeps rows whose partial date overlaps a from/to range. A row dated
 * "2020" overlaps a range starting July 2020, so coarse dates are kept when their period contains
 * the start of the range, not only when they start inside it.
 */
public final class DateRangeCondition {

    private DateRangeCondition() {
    }

    /**
     * Appends " and ..." conditions for the range to the SQL and binds their parameters.
     *
     * @param dateColumn      column holding the first day of each row's period
     * @param precisionColumn column holding each row's precision name
     */
    public static void append(StringBuilder sql, Map<String, Object> params, String dateColumn,
                              String precisionColumn, PartialDate from, PartialDate to) {
        if (from != null) {
            sql.append(" and (").append(dateColumn).append(" >= :rangeFrom")
                    .append(" or (").append(precisionColumn).append(" = 'YEAR' and ").append(dateColumn).append(" = :rangeFromYear)")
                    .append(" or (").append(precisionColumn).append(" = 'MONTH' and ").append(dateColumn).append(" = :rangeFromMonth))");
            params.put("rangeFrom", from.start());
            params.put("rangeFromYear", from.start().withDayOfYear(1));
            params.put("rangeFromMonth", from.start().withDayOfMonth(1));
        }
        if (to != null) {
            sql.append(" and ").append(dateColumn).append(" <= :rangeTo");
            params.put("rangeTo", to.end());
        }
    }
}
