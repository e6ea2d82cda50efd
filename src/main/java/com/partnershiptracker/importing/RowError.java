package com.partnershiptracker.importing;

import java.util.List;

/** Why a row (or a whole file) cannot be imported: a message key with its arguments, and the column at fault if one is. */
public record RowError(String column, String messageKey, List<Object> arguments) {

    public static RowError in(String column, String messageKey, Object... arguments) {
        return new RowError(column, messageKey, List.of(arguments));
    }

    public static RowError of(String messageKey, Object... arguments) {
        return new RowError(null, messageKey, List.of(arguments));
    }

    public Object[] argumentArray() {
        return arguments.toArray();
    }
}
