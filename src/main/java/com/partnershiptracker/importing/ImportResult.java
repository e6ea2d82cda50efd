package com.partnershiptracker.importing;

/** What applying a file did: {@code applied} false when nothing was saved because rows (or the file) had errors. */
public record ImportResult(boolean applied, ImportTotals totals, RowError fileError) {
}
