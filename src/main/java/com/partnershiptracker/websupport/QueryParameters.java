package com.partnershiptracker.websupport;

import com.partnershiptracker.shared.InvalidPartialDateException;
import com.partnershiptracker.shared.PageSlice;
import com.partnershiptracker.shared.PartialDate;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads list-page query parameters. What cannot be read at all (a word where a number or a date
 * belongs, an unknown kind) is refused with a message; what is merely out of range (page -1, a
 * size of a million) is clamped, so a hand-edited URL still shows a sensible page.
 */
public final class QueryParameters {

    /** What a partial date parameter looks like: a year, a month or a day. */
    /**
     * A year, a month or a day that exists (2020, 2020-02, 2020-02-29, not 2021-02-29 or 2020-13): so that every
     * value the description allows is one the API can read.
     */
    public static final String PARTIAL_DATE_PATTERN = "^(\\d{4}(-(0[1-9]|1[0-2]))?"
            + "|\\d{4}-(0[13578]|1[02])-(0[1-9]|[12]\\d|3[01])"
            + "|\\d{4}-(0[469]|11)-(0[1-9]|[12]\\d|30)"
            + "|\\d{4}-02-(0[1-9]|1\\d|2[0-8])"
            + "|(\\d{2}(0[48]|[2468][048]|[13579][26])|([02468][048]|[13579][26])00)-02-29)$";
    private static final int MAX_PARAMETER_LENGTH = 200;

    private QueryParameters() {
    }

    public static PageSlice slice(String page, String size) {
        return new PageSlice(clampedInt(page, "page", 1) - 1, clampedInt(size, "size", PageSlice.DEFAULT_SIZE));
    }

    /** A year, year-month or date; blank means none. */
    public static PartialDate date(String value, String parameter) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return PartialDate.parse(truncate(value));
        } catch (InvalidPartialDateException e) {
            throw new InvalidQueryException("query.invalidDate", parameter, truncate(value));
        }
    }

    /** Enum values by name, case-insensitive; blank entries are skipped. */
    public static <E extends Enum<E>> Set<E> enums(Collection<String> values, Class<E> type, String parameter) {
        Set<E> result = EnumSet.noneOf(type);
        if (values == null) {
            return result;
        }
        for (String value : values) {
            if (value == null || value.isBlank()) {
                continue;
            }
            try {
                result.add(Enum.valueOf(type, truncate(value).strip().toUpperCase(Locale.ROOT).replace('-', '_')));
            } catch (IllegalArgumentException e) {
                throw new InvalidQueryException("query.invalidValue", parameter, truncate(value));
            }
        }
        return result;
    }

    public static <E extends Enum<E>> E oneEnum(String value, Class<E> type, String parameter, E fallback) {
        Set<E> values = enums(value == null ? List.of() : List.of(value), type, parameter);
        return values.isEmpty() ? fallback : values.iterator().next();
    }

    /** Slugs as given, blank ones dropped; a malformed slug simply matches no organization. */
    public static List<String> slugs(Collection<String> values) {
        if (values == null) {
            return List.of();
        }
        return values.stream().filter(v -> v != null && !v.isBlank()).map(v -> truncate(v).strip()).distinct().limit(50).toList();
    }

    /** A whole number; blank means the fallback, and one too long for an int becomes a huge one of its sign. */
    public static int wholeNumber(String value, String parameter, int fallback) {
        return clampedInt(value, parameter, fallback);
    }

    public static boolean flag(String value) {
        return value != null && (value.equalsIgnoreCase("true") || value.equals("on") || value.equals("1"));
    }

    private static int clampedInt(String value, String parameter, int fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        String digits = value.strip();
        if (!digits.matches("-?\\d{1,30}")) {
            throw new InvalidQueryException("query.invalidNumber", parameter, truncate(value));
        }
        if (digits.length() > 9) {
            return digits.startsWith("-") ? Integer.MIN_VALUE / 2 : Integer.MAX_VALUE / 2;
        }
        return Integer.parseInt(digits);
    }

    private static String truncate(String value) {
        return value.length() > MAX_PARAMETER_LENGTH ? value.substring(0, MAX_PARAMETER_LENGTH) : value;
    }
}
