package com.partnershiptracker.person;

import com.partnershiptracker.shared.PartialDate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The people CSV layout, shared by the export (/people.csv) and the import, so an export re-imports unchanged:
 * one row per position with the person's columns repeated, and one row with empty position columns for a person
 * who holds none.
 */
public final class PersonCsv {

    public static final List<String> PERSON_COLUMNS = List.of("id", "slug", "name_ko", "name_en", "aliases", "birth_year",
            "wikidata_id");

    public static final List<String> POSITION_COLUMNS = List.of("position_id", "organization", "title_ko", "title_en",
            "started", "started_precision", "started_inferred", "started_note",
            "ended", "ended_precision", "ended_inferred", "ended_note");

    public static final List<String> COLUMNS;

    static {
        List<String> columns = new ArrayList<>(PERSON_COLUMNS);
        columns.addAll(POSITION_COLUMNS);
        COLUMNS = Collections.unmodifiableList(columns);
    }

    private PersonCsv() {
    }

    /** The rows of every person, in the order given, each followed by their positions from {@code positionsByPerson}. */
    public static List<List<String>> rows(List<Person> people, Map<Long, List<Position>> positionsByPerson) {
        List<List<String>> rows = new ArrayList<>();
        for (Person person : people) {
            List<Position> positions = positionsByPerson.getOrDefault(person.getId(), List.of());
            if (positions.isEmpty()) {
                rows.add(row(person, null));
            }
            positions.forEach(position -> rows.add(row(person, position)));
        }
        return rows;
    }

    /** One row: the person's columns and, when {@code position} is not null, the position's (organization by slug). */
    public static List<String> row(Person person, Position position) {
        List<String> fields = new ArrayList<>(Arrays.asList(String.valueOf(person.getId()), person.getSlug(),
                person.getName().ko(), person.getName().en(), String.join("; ", person.getAliases()),
                person.getBirthYear() == null ? "" : String.valueOf(person.getBirthYear()), person.getWikidataId()));
        if (position == null) {
            POSITION_COLUMNS.forEach(column -> fields.add(""));
            return fields;
        }
        fields.addAll(Arrays.asList(String.valueOf(position.getId()), position.getOrganization().getSlug(),
                position.getTitle().ko(), position.getTitle().en()));
        addDate(fields, position.getStarted());
        addDate(fields, position.getEnded());
        return fields;
    }

    private static void addDate(List<String> fields, PartialDate date) {
        fields.add(date == null ? "" : date.toIsoString());
        fields.add(date == null ? "" : date.precision().name().toLowerCase(Locale.ROOT));
        fields.add(date != null && date.isInferred() ? "yes" : "");
        fields.add(date == null ? "" : date.note());
    }
}
