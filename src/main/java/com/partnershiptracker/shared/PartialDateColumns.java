package com.partnershiptracker.shared;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

/** Reads a partial date stored as {@code <prefix>_date}, {@code _precision} and {@code _inferred} columns. */
public final class PartialDateColumns {

    private PartialDateColumns() {
    }

    /** The partial date in the row, or null when its date column is null. */
    public static PartialDate read(ResultSet row, String prefix) throws SQLException {
        LocalDate date = row.getObject(prefix + "_date", LocalDate.class);
        if (date == null) {
            return null;
        }
        return PartialDate.of(date, DatePrecision.valueOf(row.getString(prefix + "_precision")),
                row.getBoolean(prefix + "_inferred"), null);
    }
}
