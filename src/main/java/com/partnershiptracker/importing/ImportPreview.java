package com.partnershiptracker.importing;

import java.util.List;

/**
 * A file's plan as the preview page shows it: the totals over every row, and one page of rows.
 * {@code fileError} is set when the file cannot be imported at all; {@code readAs} names the encoding
 * the file was converted from when it was not UTF-8.
 */
public record ImportPreview(String uploadId, String fileName, String layout, String readAs, ImportTotals totals,
                            List<RowPlan> rows, int page, int size, RowError fileError) {

    public int pages() {
        return (int) Math.max(1, (totals.rows() + size - 1) / size);
    }

    public boolean hasErrors() {
        return fileError != null || totals.error() > 0;
    }
}
