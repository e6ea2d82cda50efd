package com.partnershiptracker.importing;

import java.util.List;
import java.util.Map;

/**
 * One data row of a file: its number (1 is the first row after the header) and its fields, read by column name.
 * A field written by our exports with a leading apostrophe before = + - @ (defused for spreadsheets) reads without it.
 */
public record ImportRow(long number, List<String> fields, Map<String, Integer> columns) {

    /** The stripped value of the column, or null when the column is absent or the cell blank. */
    public String get(String column) {
        Integer index = columns.get(column);
        if (index == null || index >= fields.size()) {
            return null;
        }
        String value = fields.get(index);
        if (value == null || value.isBlank()) {
            return null;
        }
        return undefused(value.strip());
    }

    public boolean has(String column) {
        return columns.containsKey(column);
    }

    static String undefused(String value) {
        return value.length() > 1 && value.charAt(0) == '\'' && "=+-@".indexOf(value.charAt(1)) >= 0 ? value.substring(1) : value;
    }
}
