package com.partnershiptracker.dump;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The dump's {@code datapackage.json}: a Frictionless Tabular Data Package (v1) that names each CSV file and
 * describes its columns (Table Schema types), its primary key and its foreign keys, so that a program, or
 * an import into an empty instance, can read the files without knowing this application.
 */
final class DataPackage {

    static final String FILE_NAME = "datapackage.json";
    static final String NAME = "partnership-tracker";

    private DataPackage() {
    }

    static Map<String, Object> describe(List<TableLayout> tables, Instant created, String site) {
        Map<String, Object> descriptor = new LinkedHashMap<>();
        descriptor.put("profile", "tabular-data-package");
        descriptor.put("name", NAME);
        descriptor.put("title", "Partnership Tracker: the whole public record");
        descriptor.put("description", """
                Every public table of the record, one CSV file each (RFC 4180, UTF-8, CRLF line ends, a header row), \
                ordered by primary key, the tables listed parents first. An empty field is a missing value. \
                Partial dates are four columns: <name>_date (the first day of the period), <name>_precision \
                (DAY, MONTH or YEAR), <name>_inferred and <name>_note. As in the site's CSV exports, a text field \
                that starts with = + - or @ carries a leading apostrophe, so that a spreadsheet never runs it as \
                a formula; a program reading text drops an apostrophe followed by one of those characters. \
                Left out: user accounts, sign-in records, the edit history, and copies derived from the record.""");
        descriptor.put("homepage", site);
        descriptor.put("created", created.truncatedTo(ChronoUnit.SECONDS).toString());
        descriptor.put("resources", tables.stream().map(DataPackage::resource).toList());
        return descriptor;
    }

    static String fileOf(TableLayout table) {
        return table.name() + ".csv";
    }

    private static Map<String, Object> resource(TableLayout table) {
        Map<String, Object> resource = new LinkedHashMap<>();
        resource.put("profile", "tabular-data-resource");
        resource.put("name", table.name());
        resource.put("path", fileOf(table));
        resource.put("format", "csv");
        resource.put("mediatype", "text/csv");
        resource.put("encoding", "utf-8");
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("fields", table.columns().stream().map(DataPackage::field).toList());
        if (!table.primaryKey().isEmpty()) {
            schema.put("primaryKey", table.primaryKey());
        }
        if (!table.foreignKeys().isEmpty()) {
            schema.put("foreignKeys", table.foreignKeys().stream().map(key -> Map.of("fields", key.fields(),
                    // Table Schema v1 names the table's own rows with an empty resource.
                    "reference", Map.of("resource", key.table().equals(table.name()) ? "" : key.table(),
                            "fields", key.referencedFields()))).toList());
        }
        resource.put("schema", schema);
        return resource;
    }

    private static Map<String, Object> field(TableLayout.Column column) {
        Map<String, Object> field = new LinkedHashMap<>();
        field.put("name", column.name());
        field.put("type", column.type().frictionlessName());
        // An empty text field reads as missing, so only typed columns promise a value.
        if (column.required() && column.type() != TableLayout.FieldType.STRING) {
            field.put("constraints", Map.of("required", true));
        }
        return field;
    }
}
