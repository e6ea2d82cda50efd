package com.partnershiptracker.duplicate;

/** The kinds of record that can have duplicates, with the tables that hold them and their other names. */
public enum RecordKind {
    ORGANIZATION("organizations", "organization_aliases", "organization_id", "organizations"),
    PERSON("people", "person_aliases", "person_id", "people");

    private final String table;
    private final String aliasTable;
    private final String aliasOwner;
    private final String pathSegment;

    RecordKind(String table, String aliasTable, String aliasOwner, String pathSegment) {
        this.table = table;
        this.aliasTable = aliasTable;
        this.aliasOwner = aliasOwner;
        this.pathSegment = pathSegment;
    }

    String table() {
        return table;
    }

    String aliasTable() {
        return aliasTable;
    }

    String aliasOwner() {
        return aliasOwner;
    }

    /** The first segment of the record's public pages and of its API (/organizations/…, /api/v1/people/…). */
    public String pathSegment() {
        return pathSegment;
    }

    /** The kind named in a URL (organization, person), in any case; empty for anything else. */
    public static java.util.Optional<RecordKind> fromParameter(String value) {
        for (RecordKind kind : values()) {
            if (kind.name().equalsIgnoreCase(value)) {
                return java.util.Optional.of(kind);
            }
        }
        return java.util.Optional.empty();
    }
}
