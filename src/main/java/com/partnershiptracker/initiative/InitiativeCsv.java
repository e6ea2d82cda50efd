package com.partnershiptracker.initiative;

import com.partnershiptracker.shared.PartialDate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The initiatives CSV layout, shared by the export (/initiatives.csv) and the import, so an export re-imports unchanged. */
public final class InitiativeCsv {

    /** The four milestones, each written as four columns: the date, its precision, inferred (yes or blank) and its note. */
    public static final List<String> MILESTONES = List.of("announced", "started", "launched", "ended");

    public static final List<String> COLUMNS = columns();

    private InitiativeCsv() {
    }

    private static List<String> columns() {
        List<String> columns = new ArrayList<>(List.of("id", "title_ko", "title_en", "kind", "status", "agreement"));
        MILESTONES.forEach(milestone -> columns.addAll(List.of(milestone, milestone + "_precision", milestone + "_inferred", milestone + "_note")));
        columns.addAll(List.of("organizations", "organization_roles", "description_ko", "description_en"));
        return List.copyOf(columns);
    }

    /** The initiative's row; its organizations and agreement must be loaded. */
    public static List<String> fields(Initiative initiative) {
        List<String> fields = new ArrayList<>(List.of(String.valueOf(initiative.getId()), text(initiative.getTitle().ko()),
                text(initiative.getTitle().en()), initiative.getKind().name(), initiative.getStatus().name(),
                initiative.getAgreement() == null ? "" : String.valueOf(initiative.getAgreement().getId())));
        fields.addAll(date(initiative.getAnnounced()));
        fields.addAll(date(initiative.getStarted()));
        fields.addAll(date(initiative.getLaunched()));
        fields.addAll(date(initiative.getEnded()));
        fields.add(initiative.getOrganizations().stream().map(io -> io.getOrganization().getSlug()).collect(Collectors.joining(";")));
        fields.add(initiative.getOrganizations().stream().map(io -> io.getRole().name()).collect(Collectors.joining(";")));
        fields.add(text(initiative.getDescription().ko()));
        fields.add(text(initiative.getDescription().en()));
        return fields;
    }

    private static List<String> date(PartialDate date) {
        if (date == null) {
            return List.of("", "", "", "");
        }
        return List.of(date.toIsoString(), date.precision().name().toLowerCase(Locale.ROOT), date.isInferred() ? "yes" : "",
                text(date.note()));
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
