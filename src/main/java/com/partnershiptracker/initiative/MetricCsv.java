package com.partnershiptracker.initiative;

import com.partnershiptracker.shared.PartialDate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The figures CSV layout, shared by the export (/metrics.csv) and the import, so an export re-imports unchanged. */
public final class MetricCsv {

    public static final List<String> COLUMNS = List.of("id", "kind", "organization", "initiative", "measure_ko", "measure_en",
            "value", "unit", "printed_as", "as_of", "as_of_precision", "as_of_inferred", "as_of_note",
            "target_date", "target_date_precision", "target_date_inferred", "target_date_note", "progress_toward", "progress_part");

    private MetricCsv() {
    }

    /** The figure's row; its organization, initiative and target must be loaded. */
    public static List<String> fields(Metric metric) {
        List<String> fields = new ArrayList<>(List.of(String.valueOf(metric.getId()), metric.getKind().name(),
                metric.getOrganization() == null ? "" : metric.getOrganization().getSlug(),
                metric.getInitiative() == null ? "" : String.valueOf(metric.getInitiative().getId()),
                text(metric.getMeasure().ko()), text(metric.getMeasure().en()),
                metric.getValue() == null ? "" : metric.getValue().toPlainString(), text(metric.getUnit()), text(metric.getRawText())));
        fields.addAll(date(metric.getAsOf()));
        fields.addAll(date(metric.getTarget()));
        fields.add(metric.getProgressToward() == null ? "" : String.valueOf(metric.getProgressToward().getId()));
        fields.add(metric.getProgressToward() != null && metric.isProgressPart() ? "yes" : "");
        return fields;
    }

    private static List<String> date(PartialDate date) {
        if (date == null) {
            return List.of("", "", "", "");
        }
        return List.of(date.toIsoString(), date.precision().name().toLowerCase(Locale.ROOT), date.isInferred() ? "yes" : "", text(date.note()));
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
