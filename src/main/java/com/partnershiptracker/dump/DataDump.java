package com.partnershiptracker.dump;

import com.partnershiptracker.export.Csv;
import com.partnershiptracker.export.CursorReader;
import com.partnershiptracker.export.ExportCutShort;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes the whole public record as a ZIP: {@code datapackage.json} first, then one CSV file per table,
 * each streamed from a database cursor straight into the archive, so that memory holds one fetch of rows,
 * never a table or the file. One read-only transaction at REPEATABLE READ, so that every table is read
 * from the same snapshot and a reference never points to a row the dump does not hold. Statements: the
 * catalog's three per table (columns, primary key, foreign keys), then one per table for its rows.
 */
@Service
public class DataDump {

    private static final int ROWS_BETWEEN_CLOCK_CHECKS = 1_000;

    private final JdbcTemplate jdbc;
    private final CursorReader cursor;
    private final JsonMapper json;

    DataDump(JdbcTemplate jdbc, CursorReader cursor, JsonMapper json) {
        this.jdbc = jdbc;
        this.cursor = cursor;
        this.json = json;
    }

    /**
     * Reads the tables' layout, then asks {@code opened} for the stream to write to (so that a database out of
     * reach is still an error answer, not the start of a file), and writes the archive to it, finishing it
     * without closing the stream.
     *
     * @param site the site's address, the Data Package's homepage
     * @param maxDuration how long the writing may take; past it the dump stops with {@link ExportCutShort}
     * @throws UncheckedIOException when the stream fails (the client has gone)
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public void write(Supplier<OutputStream> opened, Instant created, String site, Duration maxDuration) {
        List<TableLayout> tables = jdbc.execute((ConnectionCallback<List<TableLayout>>) connection -> {
            List<TableLayout> layouts = new ArrayList<>();
            for (String table : DumpedTables.NAMES) {
                layouts.add(TableLayout.read(connection.getMetaData(), table));
            }
            return layouts;
        });
        long deadline = System.nanoTime() + maxDuration.toNanos();
        try {
            ZipOutputStream zip = new ZipOutputStream(opened.get(), StandardCharsets.UTF_8);
            zip.putNextEntry(new ZipEntry(DataPackage.FILE_NAME));
            zip.write(json.writerWithDefaultPrettyPrinter().writeValueAsBytes(DataPackage.describe(tables, created, site)));
            zip.closeEntry();
            for (TableLayout table : tables) {
                zip.putNextEntry(new ZipEntry(DataPackage.fileOf(table)));
                // Not closed: closing it would close the archive.
                Writer text = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8));
                writeRows(table, Csv.withoutByteOrderMark(text), deadline, maxDuration);
                text.flush();
                zip.closeEntry();
            }
            zip.finish();
            zip.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void writeRows(TableLayout table, Csv csv, long deadline, Duration maxDuration) {
        List<TableLayout.Column> columns = table.columns();
        csv.row(columns.stream().map(TableLayout.Column::name).toList());
        boolean[] typed = new boolean[columns.size()];
        for (int i = 0; i < typed.length; i++) {
            typed[i] = columns.get(i).type() != TableLayout.FieldType.STRING;
        }
        String[] values = new String[columns.size()];
        long[] rows = {0};
        cursor.forEachRow(table.selectInKeyOrder(), rs -> {
            for (int i = 0; i < values.length; i++) {
                values[i] = valueOf(rs, i + 1, columns.get(i).type());
            }
            csv.row(Arrays.asList(values), typed);
            if (++rows[0] % ROWS_BETWEEN_CLOCK_CHECKS == 0 && System.nanoTime() - deadline > 0) {
                throw new ExportCutShort("time limit of " + maxDuration.toSeconds() + " s reached");
            }
        });
    }

    /** The value as Table Schema's default format of its type reads it: plain decimals, ISO dates, true or false. */
    private static String valueOf(ResultSet rs, int column, TableLayout.FieldType type) throws SQLException {
        return switch (type) {
            case INTEGER, STRING -> rs.getString(column);
            case NUMBER -> {
                BigDecimal number = rs.getBigDecimal(column);
                yield number == null ? null : number.toPlainString();
            }
            case BOOLEAN -> {
                Boolean value = rs.getObject(column, Boolean.class);
                yield value == null ? null : value.toString();
            }
            case DATE -> {
                LocalDate date = rs.getObject(column, LocalDate.class);
                yield date == null ? null : date.toString();
            }
            case DATETIME -> {
                // Timestamps are kept in UTC (hibernate.jdbc.time_zone); Table Schema's default format ends in Z.
                Object value = rs.getObject(column);
                yield value == null ? null : DateTimeFormatter.ISO_INSTANT.format(value instanceof OffsetDateTime offset
                        ? offset.toInstant() : rs.getObject(column, LocalDateTime.class).toInstant(ZoneOffset.UTC));
            }
            case TIME -> {
                LocalTime time = rs.getObject(column, LocalTime.class);
                yield time == null ? null : DateTimeFormatter.ISO_LOCAL_TIME.format(time);
            }
        };
    }
}
