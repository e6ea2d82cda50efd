package com.partnershiptracker.statement;

import com.partnershiptracker.shared.PartialDate;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The statements CSV layout, shared by the export (/statements.csv) and the import, so an export re-imports unchanged. */
public final class StatementCsv {

    public static final List<String> COLUMNS = List.of("id", "person", "organization", "text_ko", "text_en", "gloss_en",
            "context_ko", "context_en", "stated", "stated_precision", "stated_inferred", "stated_note");

    private StatementCsv() {
    }

    /** The statement's row: its speaker by slugs, its date as ISO text with precision, inferred flag and (English) note. */
    public static List<String> fields(Statement statement) {
        PartialDate stated = statement.getStated();
        return Arrays.asList(String.valueOf(statement.getId()),
                statement.getPerson() == null ? "" : statement.getPerson().getSlug(),
                statement.getOrganization() == null ? "" : statement.getOrganization().getSlug(),
                statement.getText().ko(), statement.getText().en(), statement.getGlossEn(),
                statement.getContext().ko(), statement.getContext().en(),
                stated == null ? "" : stated.toIsoString(),
                stated == null ? "" : stated.precision().name().toLowerCase(Locale.ROOT),
                stated != null && stated.isInferred() ? "yes" : "",
                stated == null ? "" : stated.note());
    }
}
