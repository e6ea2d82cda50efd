package com.partnershiptracker.importing;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An uploaded file read as RFC 4180 CSV: UTF-8 with or without a byte order mark, or else EUC-KR (as Korean
 * Excel saves CSV), which the preview says; CRLF, LF or CR line ends; quoted fields across lines. Blank lines,
 * and lines whose first field starts with '#' (the exports' end marks, the templates' help row) are not rows. Rows are read
 * one at a time from the decoded text, so a file's rows are never all held as objects at once.
 */
final class CsvFile {

    static final int MAX_BYTES = 10 * 1024 * 1024;
    static final int MAX_ROWS = 50_000;
    static final String EUC_KR = "EUC-KR";

    private static final Pattern NUMBER = Pattern.compile("[+-]?[0-9][0-9,]*(\\.[0-9]+)?%?");

    private final String text;
    private final String readAs;
    private final List<String> header;
    private final int bodyStart;

    private CsvFile(String text, String readAs) {
        this.text = text;
        this.readAs = readAs;
        Parser parser = new Parser(text, 0);
        List<String> first = parser.next();
        if (first == null) {
            throw new ImportFileException(RowError.of("import.file.noHeader"));
        }
        this.header = first.stream().map(name -> name.strip().toLowerCase(Locale.ROOT)).toList();
        this.bodyStart = parser.position;
    }

    /**
     * Decodes and opens the file.
     *
     * @throws ImportFileException when it is empty, binary, too large, or neither UTF-8 nor EUC-KR
     */
    static CsvFile read(byte[] bytes) {
        if (bytes.length == 0) {
            throw new ImportFileException(RowError.of("import.file.empty"));
        }
        if (bytes.length > MAX_BYTES) {
            throw new ImportFileException(RowError.of("import.file.tooLarge", MAX_BYTES / (1024 * 1024)));
        }
        for (byte b : bytes) {
            if (b == 0) {
                throw new ImportFileException(RowError.of("import.file.binary"));
            }
        }
        String utf8 = decode(bytes, StandardCharsets.UTF_8);
        if (utf8 != null) {
            return new CsvFile(utf8.startsWith("\uFEFF") ? utf8.substring(1) : utf8, null);
        }
        String korean = decode(bytes, Charset.forName("x-windows-949"));
        if (korean != null && !hasControlCharacters(korean)) {
            return new CsvFile(korean, EUC_KR);
        }
        throw new ImportFileException(RowError.of("import.file.encoding"));
    }

    private static String decode(byte[] bytes, Charset charset) {
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notThisOne) {
            return null;
        }
    }

    private static boolean hasControlCharacters(String text) {
        return text.chars().anyMatch(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\r');
    }

    /** The encoding the file was converted from, when it was not UTF-8; null for UTF-8. */
    String readAs() {
        return readAs;
    }

    List<String> header() {
        return header;
    }

    /**
     * The column positions by name, after checking the header against the layout.
     *
     * @throws ImportFileException naming the missing, unknown or repeated columns
     */
    Map<String, Integer> columnsFor(ImportLayout layout) {
        Set<String> known = new LinkedHashSet<>(layout.columns());
        known.addAll(layout.optionalColumns());
        Map<String, Integer> positions = new LinkedHashMap<>();
        List<String> repeated = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            if (positions.putIfAbsent(header.get(i), i) != null) {
                repeated.add(header.get(i));
            }
        }
        if (!repeated.isEmpty()) {
            throw new ImportFileException(RowError.of("import.file.repeatedColumns", String.join(", ", repeated)));
        }
        List<String> missing = layout.columns().stream()
                .filter(column -> !layout.optionalColumns().contains(column) && !positions.containsKey(column)).toList();
        List<String> extra = header.stream().filter(column -> !known.contains(column)).toList();
        if (!missing.isEmpty() && !extra.isEmpty()) {
            throw new ImportFileException(RowError.of("import.file.missingAndExtraColumns", String.join(", ", missing), String.join(", ", extra)));
        }
        if (!missing.isEmpty()) {
            throw new ImportFileException(RowError.of("import.file.missingColumns", String.join(", ", missing)));
        }
        if (!extra.isEmpty()) {
            throw new ImportFileException(RowError.of("import.file.extraColumns", String.join(", ", extra)));
        }
        return Collections.unmodifiableMap(positions);
    }

    /**
     * The data rows, numbered from 1, read as they are asked for.
     *
     * @throws ImportFileException (while iterating) past {@link #MAX_ROWS} rows, or at a quote never closed
     */
    Iterator<ImportRow> rows(Map<String, Integer> columns) {
        Parser parser = new Parser(text, bodyStart);
        return new Iterator<>() {
            private List<String> next = parser.next();
            private long number;

            @Override
            public boolean hasNext() {
                return next != null;
            }

            @Override
            public ImportRow next() {
                if (next == null) {
                    throw new NoSuchElementException();
                }
                if (++number > MAX_ROWS) {
                    throw new ImportFileException(RowError.of("import.file.tooManyRows", MAX_ROWS));
                }
                ImportRow row = new ImportRow(number, next, columns);
                next = parser.next();
                return row;
            }
        };
    }

    /** How many data rows the file has, read to its end: checks the row limit and the quoting before anything is stored. */
    long countRows() {
        Parser parser = new Parser(text, bodyStart);
        long count = 0;
        while (parser.next() != null) {
            if (++count > MAX_ROWS) {
                throw new ImportFileException(RowError.of("import.file.tooManyRows", MAX_ROWS));
            }
        }
        return count;
    }

    /** The first column of the row whose text a spreadsheet would run as a formula, or null. */
    static String formulaColumn(ImportRow row, List<String> header) {
        for (int i = 0; i < row.fields().size() && i < header.size(); i++) {
            String value = row.fields().get(i);
            if (value != null && !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0
                    && !NUMBER.matcher(value.strip()).matches()) {
                return header.get(i);
            }
        }
        return null;
    }

    /** A streaming RFC 4180 reader over the decoded text. */
    private static final class Parser {
        private final String text;
        private int position;

        Parser(String text, int position) {
            this.text = text;
            this.position = position;
        }

        /** The next record that is a row, or null at the end. */
        List<String> next() {
            while (position < text.length()) {
                List<String> record = record();
                boolean blank = record.size() == 1 && record.get(0).isBlank();
                boolean endMark = record.get(0).startsWith("#");
                if (!blank && !endMark) {
                    return record;
                }
            }
            return null;
        }

        private List<String> record() {
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            while (position < text.length()) {
                char c = text.charAt(position++);
                if (quoted) {
                    if (c == '"') {
                        if (position < text.length() && text.charAt(position) == '"') {
                            field.append('"');
                            position++;
                        } else {
                            quoted = false;
                        }
                    } else {
                        field.append(c);
                    }
                } else if (c == '"' && field.isEmpty()) {
                    quoted = true;
                } else if (c == ',') {
                    fields.add(field.toString());
                    field.setLength(0);
                } else if (c == '\r' || c == '\n') {
                    if (c == '\r' && position < text.length() && text.charAt(position) == '\n') {
                        position++;
                    }
                    fields.add(field.toString());
                    return fields;
                } else {
                    field.append(c);
                }
            }
            if (quoted) {
                throw new ImportFileException(RowError.of("import.file.unclosedQuote"));
            }
            fields.add(field.toString());
            return fields;
        }
    }
}
