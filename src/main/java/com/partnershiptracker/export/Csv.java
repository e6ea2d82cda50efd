package com.partnershiptracker.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * RFC 4180 CSV text: CRLF line ends, a field quoted when it holds a comma, quote or line break,
 * and a leading byte order mark so that Excel reads the UTF-8 Korean as Korean. Written as text in
 * memory, or to any Appendable as the rows come (see {@link CsvDownload}).
 */
public final class Csv {

    public static final String MEDIA_TYPE = "text/csv;charset=UTF-8";
    static final char BYTE_ORDER_MARK = '\uFEFF';

    private final Appendable text;

    public Csv() {
        this(new StringBuilder());
    }

    Csv(Appendable text) {
        this.text = text;
        append(String.valueOf(BYTE_ORDER_MARK));
    }

    public Csv row(List<String> fields) {
        append(fields.stream().map(Csv::field).collect(Collectors.joining(",")) + "\r\n");
        return this;
    }

    public Csv row(String... fields) {
        return row(Arrays.asList(fields));
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
        String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        boolean needsQuotes = safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r");
        return needsQuotes ? '"' + safe.replace("\"", "\"\"") + '"' : safe;
    }
}
