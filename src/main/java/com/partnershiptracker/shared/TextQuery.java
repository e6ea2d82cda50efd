package com.partnershiptracker.shared;

import java.util.Locale;

/** Turns a user's search text into a LIKE pattern that matches it literally, wildcards included. */
public final class TextQuery {

    public static final int MAX_LENGTH = 200;

    private TextQuery() {
    }

    /** Blank text means "no text filter". Longer input is cut to {@link #MAX_LENGTH} characters. */
    public static String normalize(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String stripped = text.strip();
        return stripped.length() > MAX_LENGTH ? stripped.substring(0, MAX_LENGTH) : stripped;
    }

    /** A pattern for {@code lower(column) like :pattern escape '\'}. */
    public static String containsPattern(String normalized) {
        return "%" + escaped(normalized) + "%";
    }

    /** A pattern for {@code lower(column) like :pattern escape '\'} that matches text starting with the query. */
    public static String prefixPattern(String normalized) {
        return escaped(normalized) + "%";
    }

    private static String escaped(String normalized) {
        return normalized.toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\")
                .replace("%", "\\%")
                .replace("_", "\\_");
    }
}
