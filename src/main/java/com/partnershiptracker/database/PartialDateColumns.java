package com.partnershiptracker.database;

import com.partnershiptracker.shared.PartialDate;
import com.partnershiptracker.shared.DatePrecision;
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

    /** As {@link #read}, with the {@code <prefix>_note} column too, for rows read from the tables themselves. */
    public static PartialDate readWithNote(ResultSet row, String prefix) throws SQLException {
        PartialDate date = read(row, prefix);
        if (date == null) {
            return null;
        }
        String note = row.getString(prefix + "_note");
        return date.isInferred() ? date.inferred(note) : date.withNote(note);
    }

    /** As {@link #readWithNote}, with the Korean note ({@code <prefix>_note_ko}) too. */
    public static PartialDate readWithNotes(ResultSet row, String prefix) throws SQLException {
        PartialDate date = readWithNote(row, prefix);
        return date == null ? null : date.withNotes(date.note(), row.getString(prefix + "_note_ko"));
    }
}
