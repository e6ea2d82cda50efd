package com.partnershiptracker.shared;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a date the way people write it, in Korean or English, into a {@link PartialDate} whose
 * precision is exactly what the text gave: {@code 2021}, {@code 2021.03}, {@code 2021년 3월 5일},
 * {@code 2021. 3. 5.}, {@code March 2021} or {@code 5 March 2021}. A written date never gains a day
 * or a month it did not name.
 */
public final class WrittenDate {

    /** The longest text a form takes for one date: "September 30th, 2021" with room to spare. */
    public static final int MAX_LENGTH = 40;

    private static final Pattern NUMERIC = Pattern.compile(
            "(\\d{4})\\s*(?:([-./])\\s*(\\d{1,2})\\s*(?:\\2\\s*(\\d{1,2}))?)?\\s*\\.?");
    private static final Pattern KOREAN = Pattern.compile(
            "(\\d{4})\\s*년(?:\\s*(\\d{1,2})\\s*월(?:\\s*(\\d{1,2})\\s*일)?)?");
    private static final String MONTH = "([a-z]{3,9})\\.?";
    private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
    private static final Pattern MONTH_YEAR = Pattern.compile(MONTH + ",?\\s*(\\d{4})");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(MONTH + "\\s*" + DAY + ",?\\s*(\\d{4})");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(DAY + "\\s*" + MONTH + ",?\\s*(\\d{4})");

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("january", 1), Map.entry("feb", 2), Map.entry("february", 2),
            Map.entry("mar", 3), Map.entry("march", 3), Map.entry("apr", 4), Map.entry("april", 4),
            Map.entry("may", 5), Map.entry("jun", 6), Map.entry("june", 6), Map.entry("jul", 7),
            Map.entry("july", 7), Map.entry("aug", 8), Map.entry("august", 8), Map.entry("sep", 9),
            Map.entry("sept", 9), Map.entry("september", 9), Map.entry("oct", 10), Map.entry("october", 10),
            Map.entry("nov", 11), Map.entry("november", 11), Map.entry("dec", 12), Map.entry("december", 12));

    private WrittenDate() {
    }

    /**
     * The date the text names, with the precision it names.
     *
     * @throws InvalidPartialDateException when the text is blank, longer than {@link #MAX_LENGTH}, in
     *                                     none of the accepted forms, or names no real date
     */
    public static PartialDate read(String text) {
        if (text == null || text.isBlank() || text.length() > MAX_LENGTH) {
            throw new InvalidPartialDateException(text);
        }
        // NFKC folds full-width digits and punctuation (２０２１．３．５) into their plain forms.
        String plain = Normalizer.normalize(text, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT);
        try {
            PartialDate date = readNumeric(plain);
            if (date == null) {
                date = readKorean(plain);
            }
            if (date == null) {
                date = readEnglish(plain);
            }
            if (date == null) {
                throw new InvalidPartialDateException(text);
            }
            return date;
        } catch (DateTimeException impossible) {
            throw new InvalidPartialDateException(text);
        }
    }

    /** Whether {@link #read} accepts the text; blank counts as no date, which is valid. */
    public static boolean isReadable(String text) {
        if (text == null || text.isBlank()) {
            return true;
        }
        try {
            read(text);
            return true;
        } catch (InvalidPartialDateException e) {
            return false;
        }
    }

    private static PartialDate readNumeric(String text) {
        Matcher matcher = NUMERIC.matcher(text);
        if (!matcher.matches()) {
            return null;
        }
        return dateOf(matcher.group(1), matcher.group(3), matcher.group(4));
    }

    private static PartialDate readKorean(String text) {
        Matcher matcher = KOREAN.matcher(text);
        if (!matcher.matches()) {
            return null;
        }
        return dateOf(matcher.group(1), matcher.group(2), matcher.group(3));
    }

    private static PartialDate readEnglish(String text) {
        Matcher matcher = MONTH_YEAR.matcher(text);
        if (matcher.matches() && MONTHS.containsKey(matcher.group(1))) {
            return PartialDate.ofMonth(Integer.parseInt(matcher.group(2)), MONTHS.get(matcher.group(1)));
        }
        matcher = MONTH_DAY_YEAR.matcher(text);
        if (matcher.matches() && MONTHS.containsKey(matcher.group(1))) {
            return PartialDate.ofDay(Integer.parseInt(matcher.group(3)), MONTHS.get(matcher.group(1)),
                    Integer.parseInt(matcher.group(2)));
        }
        matcher = DAY_MONTH_YEAR.matcher(text);
        if (matcher.matches() && MONTHS.containsKey(matcher.group(2))) {
            return PartialDate.ofDay(Integer.parseInt(matcher.group(3)), MONTHS.get(matcher.group(2)),
                    Integer.parseInt(matcher.group(1)));
        }
        return null;
    }

    private static PartialDate dateOf(String year, String month, String day) {
        if (month == null) {
            return PartialDate.ofYear(Integer.parseInt(year));
        }
        if (day == null) {
            return PartialDate.ofMonth(Integer.parseInt(year), Integer.parseInt(month));
        }
        return PartialDate.ofDay(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
    }
}
