package com.partnershiptracker.agreement;

import java.util.List;

/**
 * The agreements CSV layout, shared by the export (/agreements.csv) and the import, so an export re-imports
 * unchanged. {@code date} is the agreement's key date (signed, else announced, else effective), and
 * {@code date_kind} says which of the three it is ({@link #DATE_KINDS}), so that an announced-only agreement
 * re-imports as announced; {@code date_note} and {@code date_note_ko} are that date's notes. The columns after
 * {@code sources} were added later, and files without them still import.
 */
public final class AgreementCsv {

    public static final List<String> COLUMNS = List.of("id", "title_ko", "title_en", "kind", "status", "date", "date_precision",
            "parties", "summary_ko", "summary_en", "url", "sources", "date_inferred", "party_roles", "date_kind", "date_note", "date_note_ko");

    /** The values of {@code date_kind}, in the order the key date is chosen. */
    public static final List<String> DATE_KINDS = List.of("signed", "announced", "effective");

    private AgreementCsv() {
    }
}
