package com.partnershiptracker.websupport;

import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;

/**
 * The API's strict reading of query parameters: a value outside what the OpenAPI description allows is a 400
 * problem, so a client learns of its mistake instead of getting a default it did not ask for. The pages keep
 * their lenient reading (a hand-edited URL still shows something sensible).
 */
public final class ApiQueryChecks {

    private static final int MAX_SHOWN_LENGTH = 40;

    private ApiQueryChecks() {
    }

    /** A whole number from min to max; blank means the fallback. */
    public static int wholeNumber(String value, String parameter, int min, int max, int fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        String digits = value.strip();
        if (!digits.matches("-?\\d{1,10}")) {
            throw new InvalidQueryException("query.invalidNumber", parameter, shown(value));
        }
        long number = Long.parseLong(digits);
        if (number < min || number > max) {
            throw new InvalidQueryException("query.outOfRange", parameter, shown(value), Integer.toString(min), Integer.toString(max));
        }
        return (int) number;
    }

    /** Blank, or one of the allowed values in any case. */
    public static void oneOf(String value, String parameter, String... allowed) {
        if (value != null && !value.isBlank()
                && Arrays.stream(allowed).noneMatch(choice -> choice.equalsIgnoreCase(value.strip()))) {
            throw new InvalidQueryException("query.invalidValue", parameter, shown(value));
        }
    }

    /** Each value blank or one of the allowed values in any case. */
    public static void eachOneOf(Collection<String> values, String parameter, String... allowed) {
        if (values != null) {
            values.forEach(value -> oneOf(value, parameter, allowed));
        }
    }

    /** Blank, true or false. */
    public static void trueOrFalse(String value, String parameter) {
        oneOf(value, parameter, "true", "false");
    }

    /** The names of an enum's constants, as the description lists them. */
    public static String[] names(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).toArray(String[]::new);
    }

    /** The names in lower case, as links write them. */
    public static String[] lowerCaseNames(Class<? extends Enum<?>> type) {
        return Arrays.stream(names(type)).map(name -> name.toLowerCase(Locale.ROOT)).toArray(String[]::new);
    }

    private static String shown(String value) {
        return value.length() > MAX_SHOWN_LENGTH ? value.substring(0, MAX_SHOWN_LENGTH) : value;
    }
}
