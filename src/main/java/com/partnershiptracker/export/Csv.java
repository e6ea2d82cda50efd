package com.partnershiptracker.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * RFC 4180 CSV text: CRLF line ends, a field quoted when it holds a comma, quote or line break,
 * and a leading byte order mark so that Excel reads the UTF-8 Korean as Korean. Written as text in
 * memory, or to any Appendable as the rows come (see {@link CsvDownload}). Files for programs,
 * whose encoding is declared beside them (the data dump's Data Package), go without the mark.
 */
public final class Csv {

    public static final String MEDIA_TYPE = "text/csv;charset=UTF-8";
    static final char BYTE_ORDER_MARK = '\uFEFF';

    private final Appendable text;

    public Csv() {
        this(new StringBuilder());
    }

    Csv(Appendable text) {
        this(text, true);
    }

    private Csv(Appendable text, boolean byteOrderMark) {
        this.text = text;
        if (byteOrderMark) {
            append(String.valueOf(BYTE_ORDER_MARK));
        }
    }

    /** CSV for programs, without the byte order mark: the file's encoding (UTF-8) is declared where it is described. */
    public static Csv withoutByteOrderMark(Appendable text) {
        return new Csv(text, false);
    }

    public Csv row(List<String> fields) {
        append(fields.stream().map(Csv::field).collect(Collectors.joining(",")) + "\r\n");
        return this;
    }

    public Csv row(String... fields) {
        return row(Arrays.asList(fields));
    }

    /**
     * A row whose typed fields (numbers, dates, true or false, as {@code typed} marks them) are
     * written as they are, so that a negative number stays a number for a program that reads the
     * column by its declared type; text is defused as in {@link #row(List)}.
     */
    public Csv row(List<String> fields, boolean[] typed) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            line.append(typed[i] ? quoted(fields.get(i)) : field(fields.get(i)));
        }
        append(line.append("\r\n").toString());
        return this;
    }

    /** A line that is not a row: the end marks of {@link CsvDownload}. Such lines start with '#', which no row of ours does. */
    Csv line(String text) {
        append(text + "\r\n");
        return this;
    }

    private void append(String line) {
        try {
            text.append(line);
        } catch (IOException clientGone) {
            throw new UncheckedIOException(clientGone);
        }
    }

    @Override
    public String toString() {
        return text.toString();
    }

    /**
     * Spreadsheets run a cell that starts with = + - or @ as a formula, so such text gets a
     * leading apostrophe: an exported title can never execute.
     */
    static String field(String value) {
        if (value == null) {
            return "";
        }
        return quoted(!value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value);
    }

    private static String quoted(String safe) {
        if (safe == null) {
            return "";
        }
        boolean needsQuotes = safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r");
        return needsQuotes ? '"' + safe.replace("\"", "\"\"") + '"' : safe;
    }
}
