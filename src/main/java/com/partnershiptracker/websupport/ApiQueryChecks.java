package com.partnershiptracker.websupport;

import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The API's strict reading of query parameters: a value outside what the OpenAPI description allows is a 400
 * problem, so a client learns of its mistake instead of getting a default it did not ask for. An absent parameter
 * takes its default, but one given empty or padded with spaces is not a value the description allows. The pages
 * keep their lenient reading (a hand-edited URL still shows something sensible).
 */
public final class ApiQueryChecks {

    private static final int MAX_SHOWN_LENGTH = 40;

    private ApiQueryChecks() {
    }

    private static final Pattern WHOLE_NUMBER = Pattern.compile("-?\\d{1,10}");
    private static final Pattern PARTIAL_DATE = Pattern.compile(QueryParameters.PARTIAL_DATE_PATTERN);
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    /** A whole number from min to max; absent means the fallback. */
    public static int wholeNumber(String value, String parameter, int min, int max, int fallback) {
        if (value == null) {
            return fallback;
        }
        String digits = value;
        if (!WHOLE_NUMBER.matcher(digits).matches()) {
            throw new InvalidQueryException("query.invalidNumber", parameter, shown(value));
        }
        long number = Long.parseLong(digits);
        if (number < min || number > max) {
            throw new InvalidQueryException("query.outOfRange", parameter, shown(value), Integer.toString(min), Integer.toString(max));
        }
        return (int) number;
    }

    /** Absent, or one of the allowed values in any case. */
    public static void oneOf(String value, String parameter, String... allowed) {
        if (value != null && Arrays.stream(allowed).noneMatch(choice -> choice.equalsIgnoreCase(value))) {
            throw new InvalidQueryException("query.invalidValue", parameter, shown(value));
        }
    }

    /** Each value one of the allowed values in any case. */
    public static void eachOneOf(Collection<String> values, String parameter, String... allowed) {
        if (values != null) {
            values.forEach(value -> oneOf(value, parameter, allowed));
        }
    }

    /** Absent, true or false (in any case). */
    public static void trueOrFalse(String value, String parameter) {
        oneOf(value, parameter, "true", "false");
    }

    /** Absent, or a year, a month or a day written as the description's pattern says (2020, 2020-07, 2020-07-15). */
    public static void partialDate(String value, String parameter) {
        if (value != null && !PARTIAL_DATE.matcher(value).matches()) {
            throw new InvalidQueryException("query.invalidDate", parameter, shown(value));
        }
    }

    /** Absent, or a day written YYYY-MM-DD (whether it is a real day is checked where it is read). */
    public static void day(String value) {
        if (value != null && !DAY.matcher(value).matches()) {
            throw new InvalidQueryException("query.invalidAsOf", shown(value));
        }
    }

    /**
     * Each value of these list parameters in the current request given, neither empty nor padded with spaces. It
     * reads the request itself: binding turns {@code status=} into an empty list, as if the parameter were absent,
     * and strips the spaces.
     */
    public static void noneEmptyOrPadded(String... parameters) {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            return;
        }
        for (String parameter : parameters) {
            String[] values = attributes.getRequest().getParameterValues(parameter);
            if (values != null) {
                Arrays.stream(values).filter(value -> value.isBlank() || !value.equals(value.strip())).findFirst().ifPresent(value -> {
                    throw new InvalidQueryException("query.invalidValue", parameter, shown(value));
                });
            }
        }
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
