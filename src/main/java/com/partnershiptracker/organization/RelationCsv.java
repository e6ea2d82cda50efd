package com.partnershiptracker.organization;

import com.partnershiptracker.shared.PartialDate;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The relations CSV layout, shared by the export (/relations.csv) and the import, so an export re-imports unchanged. */
public final class RelationCsv {

    public static final List<String> COLUMNS = List.of("id", "subject", "kind", "object", "detail_ko", "detail_en",
            "started", "started_precision", "started_inferred", "started_note",
            "ended", "ended_precision", "ended_inferred", "ended_note");

    private RelationCsv() {
    }

    /** The relation's row: its ends by slug, its dates as ISO text with precision, inferred flag and (English) note. */
    public static List<String> fields(OrganizationRelation relation) {
        return Arrays.asList(String.valueOf(relation.getId()), relation.getSubject().getSlug(),
                relation.getKind().name().toLowerCase(Locale.ROOT), relation.getObject().getSlug(),
                relation.getDetail().ko(), relation.getDetail().en(),
                iso(relation.getStarted()), precision(relation.getStarted()), inferred(relation.getStarted()), note(relation.getStarted()),
                iso(relation.getEnded()), precision(relation.getEnded()), inferred(relation.getEnded()), note(relation.getEnded()));
    }

    private static String iso(PartialDate date) {
        return date == null ? "" : date.toIsoString();
    }

    private static String precision(PartialDate date) {
        return date == null ? "" : date.precision().name().toLowerCase(Locale.ROOT);
    }

    private static String inferred(PartialDate date) {
        return date != null && date.isInferred() ? "yes" : "";
    }

    private static String note(PartialDate date) {
        return date == null ? "" : date.note();
    }
}
