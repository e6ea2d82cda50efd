package com.partnershiptracker.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Comparator;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date known to a year, a month or a day, as a source states it. The stored date is the first
 * day of the period, so "July 2020" is 2020-07-01 with {@link DatePrecision#MONTH}; it is never
 * shown or serialised as the 1st of July. A date can be marked inferred (worked out rather than
 * printed) and carry a note that says how, in English ({@link #note()}) and in Korean
 * ({@link #noteKo()}); pages show the one in their language ({@link #notes()}).
 */
@Embeddable
public class PartialDate implements Comparable<PartialDate> {

    public static final int NOTE_MAX_LENGTH = 1000;

    private static final Pattern ISO_PARTIAL = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    private static final Comparator<PartialDate> ORDER = Comparator
            .comparing(PartialDate::start)
            .thenComparing(d -> d.precision.rank());

    private LocalDate date;

    @Enumerated(EnumType.STRING)
    @Column(length = 5)
    private DatePrecision precision;

    private Boolean inferred;

    @Column(length = NOTE_MAX_LENGTH)
    private String note;

    @Column(length = NOTE_MAX_LENGTH)
    private String noteKo;

    protected PartialDate() {
    }

    private PartialDate(LocalDate start, DatePrecision precision, boolean inferred, String note) {
        this(start, precision, inferred, note, null);
    }

    private PartialDate(LocalDate start, DatePrecision precision, boolean inferred, String note, String noteKo) {
        this.date = Objects.requireNonNull(start, "start");
        this.precision = Objects.requireNonNull(precision, "precision");
        this.inferred = inferred;
        this.note = checkedNote(note);
        this.noteKo = checkedNote(noteKo);
    }

    private static String checkedNote(String text) {
        String stripped = text == null || text.isBlank() ? null : text.strip();
        if (stripped != null && stripped.length() > NOTE_MAX_LENGTH) {
            throw new IllegalArgumentException("A date note has at most " + NOTE_MAX_LENGTH + " characters");
        }
        return stripped;
    }

    public static PartialDate ofYear(int year) {
        return new PartialDate(LocalDate.of(year, 1, 1), DatePrecision.YEAR, false, null);
    }

    public static PartialDate ofMonth(int year, int month) {
        return new PartialDate(LocalDate.of(year, month, 1), DatePrecision.MONTH, false, null);
    }

    public static PartialDate ofDay(int year, int month, int day) {
        return new PartialDate(LocalDate.of(year, month, day), DatePrecision.DAY, false, null);
    }

    public static PartialDate of(LocalDate date, DatePrecision precision) {
        return new PartialDate(truncate(date, precision), precision, false, null);
    }

    /** A date as stored: its first day, its precision, whether it was inferred, and a note. */
    public static PartialDate of(LocalDate date, DatePrecision precision, boolean inferred, String note) {
        return new PartialDate(truncate(date, precision), precision, inferred, note);
    }

    /**
     * Parses {@code 2020}, {@code 2020-07} or {@code 2020-07-15}; the precision follows the input.
     *
     * @throws InvalidPartialDateException when the text is not one of those forms or names no real date
     */
    public static PartialDate parse(String text) {
        String trimmed = text == null ? "" : text.strip();
        Matcher matcher = ISO_PARTIAL.matcher(trimmed);
        if (!matcher.matches()) {
            throw new InvalidPartialDateException(text);
        }
        try {
            int year = Integer.parseInt(matcher.group(1));
            if (matcher.group(2) == null) {
                return ofYear(year);
            }
            int month = Integer.parseInt(matcher.group(2));
            if (matcher.group(3) == null) {
                return ofMonth(year, month);
            }
            return ofDay(year, month, Integer.parseInt(matcher.group(3)));
        } catch (DateTimeException impossible) {
            throw new InvalidPartialDateException(text);
        }
    }

    /** A date as stored, with its note in English and in Korean (either may be null). */
    public static PartialDate of(LocalDate date, DatePrecision precision, boolean inferred, String note, String noteKo) {
        return new PartialDate(truncate(date, precision), precision, inferred, note, noteKo);
    }

    /** The same date marked as worked out from the text rather than printed, with how it was worked out (in English). */
    public PartialDate inferred(String how) {
        return new PartialDate(date, precision, true, how, noteKo);
    }

    /** The same date with a note in English, keeping whether it was inferred and its Korean note. */
    public PartialDate withNote(String newNote) {
        return new PartialDate(date, precision, isInferred(), newNote, noteKo);
    }

    /** The same date with its note in both languages (English, Korean), keeping whether it was inferred. */
    public PartialDate withNotes(String newNote, String newNoteKo) {
        return new PartialDate(date, precision, isInferred(), newNote, newNoteKo);
    }

    public LocalDate start() {
        return date;
    }

    /** The last day of the period this date names. */
    public LocalDate end() {
        return switch (precision) {
            case YEAR -> date.withDayOfYear(date.lengthOfYear());
            case MONTH -> YearMonth.from(date).atEndOfMonth();
            case DAY -> date;
        };
    }

    public DatePrecision precision() {
        return precision;
    }

    public boolean isInferred() {
        return Boolean.TRUE.equals(inferred);
    }

    /** The note in English (the language of the notes written before notes had two languages). */
    public String note() {
        return note;
    }

    /** The note in Korean, or null. */
    public String noteKo() {
        return noteKo;
    }

    /** The note in both languages, for pages to show in theirs. */
    public Bilingual notes() {
        return Bilingual.of(noteKo, note);
    }

    /** True when the date carries a note in either language. */
    public boolean hasNote() {
        return note != null || noteKo != null;
    }

    /** True when the two periods share at least one day. */
    public boolean overlaps(PartialDate other) {
        return !start().isAfter(other.end()) && !other.start().isAfter(end());
    }

    /** The date exactly as precise as its precision: {@code 2020}, {@code 2020-07} or {@code 2020-07-15}. */
    public String toIsoString() {
        return switch (precision) {
            case YEAR -> String.format("%04d", date.getYear());
            case MONTH -> String.format("%04d-%02d", date.getYear(), date.getMonthValue());
            case DAY -> date.toString();
        };
    }

    /** The date for people to read, in Korean ("2020년 7월") or otherwise English ("July 2020"). */
    public String format(Locale locale) {
        boolean korean = locale != null && "ko".equals(locale.getLanguage());
        int year = date.getYear();
        int month = date.getMonthValue();
        int day = date.getDayOfMonth();
        if (korean) {
            return switch (precision) {
                case YEAR -> year + "년";
                case MONTH -> year + "년 " + month + "월";
                case DAY -> year + "년 " + month + "월 " + day + "일";
            };
        }
        String monthName = date.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        return switch (precision) {
            case YEAR -> Integer.toString(year);
            case MONTH -> monthName + " " + year;
            case DAY -> day + " " + monthName + " " + year;
        };
    }

    @Override
    public int compareTo(PartialDate other) {
        return ORDER.compare(this, other);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PartialDate that
                && date.equals(that.date)
                && precision == that.precision
                && isInferred() == that.isInferred()
                && Objects.equals(note, that.note)
                && Objects.equals(noteKo, that.noteKo);
    }

    @Override
    public int hashCode() {
        return Objects.hash(date, precision, isInferred(), note, noteKo);
    }

    @Override
    public String toString() {
        return toIsoString() + (isInferred() ? " (inferred)" : "");
    }

    private static LocalDate truncate(LocalDate date, DatePrecision precision) {
        return switch (precision) {
            case YEAR -> date.withDayOfYear(1);
            case MONTH -> date.withDayOfMonth(1);
            case DAY -> date;
        };
    }
}
