package com.partnershiptracker.websupport;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Pattern;

/** Reads {@code asOf}, the day a page reads the record as of: a whole date (2020-08-01), or blank for today. */
public final class AsOfParameter {

    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private AsOfParameter() {
    }

    /**
     * @return the day, or null when none is given
     * @throws InvalidQueryException when the text is not a real day in the form YYYY-MM-DD
     */
    public static LocalDate parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        if (DAY.matcher(text).matches()) {
            try {
                return LocalDate.parse(text);
            } catch (DateTimeException impossible) {
                // falls through to the message
            }
        }
        throw new InvalidQueryException("query.invalidAsOf", text.length() > 40 ? text.substring(0, 40) : text);
    }
}
