package com.partnershiptracker.shared.export;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * RFC 4180 CSV text: CRLF line ends, a field quoted when it holds a comma, quote or line break,
 * and a leading byte order mark so that Excel reads the UTF-8 Korean as Korean.
 */
public final class Csv {

    public static final String MEDIA_TYPE = "text/csv;charset=UTF-8";
    static final char BYTE_ORDER_MARK = '\uFEFF';

    private final StringBuilder text = new StringBuilder().append(BYTE_ORDER_MARK);

    public Csv row(List<String> fields) {
        text.append(fields.stream().map(Csv::field).collect(Collectors.joining(","))).append("\r\n");
        return this;
    }

    public Csv row(String... fields) {
        return row(Arrays.asList(fields));
    }

    /** The text as a file to save, with the given name. */
    public ResponseEntity<String> asDownload(String fileName) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(MEDIA_TYPE))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
                .body(text.toString());
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
