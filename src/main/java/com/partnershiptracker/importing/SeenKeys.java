package com.partnershiptracker.importing;

import java.util.HashMap;
import java.util.Map;

/** The row that first named each record in a pass, by the record's key: a later row for the same record is an error. */
final class SeenKeys {

    private final Map<String, Long> rows = new HashMap<>();

    /**
     * Remembers the row as the first with the key, unless an earlier row was.
     * @throws RowProblem in {@code column}, naming the earlier row, when one had the key
     */
    void requireFirst(String key, ImportRow row, String column) {
        Long earlier = rows.putIfAbsent(key, row.number());
        if (earlier != null) {
            throw RowProblem.in(column, "import.error.duplicateInFile", earlier);
        }
    }
}
