package com.partnershiptracker.source;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The attributes a citation supports as one column of comma-separated names, in the enum's order.
 * A column rather than a table, because JPA allows no collection inside an embeddable that is itself
 * an element of a collection. No attributes (the whole record) is stored as null; a name no longer
 * known is dropped on reading.
 */
public final class CitedAttributes {

    /** The column's length: room for every attribute of the kind with the most. */
    public static final int COLUMN_LENGTH = 300;

    private CitedAttributes() {
    }

    /** The column value for the attributes; null for none. */
    public static String write(Collection<CitedAttribute> attributes) {
        if (attributes == null || attributes.isEmpty()) {
            return null;
        }
        return EnumSet.copyOf(attributes).stream().map(Enum::name).collect(Collectors.joining(","));
    }

    /** The attributes a column value names, in the enum's order; none for null or blank. */
    public static List<CitedAttribute> read(String column) {
        if (column == null || column.isBlank()) {
            return List.of();
        }
        return Arrays.stream(column.split(",")).map(CitedAttribute::parse).flatMap(Optional::stream)
                .distinct().sorted().toList();
    }
}
