package com.partnershiptracker.agreement;

import java.util.List;

/**
 * The agreements CSV layout, shared by the export (/agreements.csv) and the import, so an export re-imports
 * unchanged. {@code date} is the agreement's key date (signed, else announced, else effective); the columns
 * after {@code sources} were added later, and files without them still import.
 */
public final class AgreementCsv {

    public static final List<String> COLUMNS = List.of("id", "title_ko", "title_en", "kind", "status", "date", "date_precision",
            "parties", "summary_ko", "summary_en", "url", "sources", "date_inferred", "party_roles");

    private AgreementCsv() {
    }
}
