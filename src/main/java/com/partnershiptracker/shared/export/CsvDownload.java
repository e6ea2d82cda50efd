package com.partnershiptracker.shared.export;

import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A CSV file streamed to the client as its rows are read. The byte order mark and the header go
 * out as soon as the database has answered; each row follows as it comes. Only a file written to
 * the end gets its last line, {@code # complete: N rows}. One that stops early (its time is up, or
 * the database failed) gets {@code # INCOMPLETE: ...} if the client can still be written to, and
 * the connection is closed without ending the response, so that the browser reports a failed
 * download. A client that goes away ends the export at the next write, which frees its connection.
 */
public final class CsvDownload<T> implements ExportSink<T> {

    private static final Logger LOG = LoggerFactory.getLogger(CsvDownload.class);
    static final String COMPLETE = "# complete: %d rows";
    static final String INCOMPLETE = "# INCOMPLETE: cut short after %d rows (%s); download the file again";

    private final HttpServletResponse response;
    private final String fileName;
    private final List<String> header;
    private final Function<T, List<String>> fields;
    private final Duration maxDuration;
    private final long started = System.nanoTime();
    private Writer out;
    private Csv csv;
    private long rows;

    CsvDownload(HttpServletResponse response, String fileName, List<String> header, Function<T, List<String>> fields,
                Duration maxDuration) {
        this.response = response;
        this.fileName = fileName;
        this.header = header;
        this.fields = fields;
        this.maxDuration = maxDuration;
    }

    /**
     * Runs the reading, which opens this sink and hands it the rows, and ends the file.
     *
     * @throws ExportCutShort when the reading failed after the file was opened
     * @throws IOException when the client has gone (Tomcat's ClientAbortException, which it takes quietly)
     */
    public void write(Consumer<ExportSink<T>> reading) throws IOException {
        try {
            reading.accept(this);
            if (csv == null) {
                open();
            }
            csv.line(COMPLETE.formatted(rows));
            flush();
        } catch (UncheckedIOException clientGone) {
            throw clientGone.getCause();
        } catch (RuntimeException failure) {
            if (csv == null) {
                throw failure;
            }
            ExportCutShort cut = failure instanceof ExportCutShort known ? known : new ExportCutShort("the server failed");
            LOG.warn("{} cut short after {} rows: {}", fileName, rows, cut.getMessage(), failure);
            markIncomplete(cut.getMessage());
            throw cut;
        }
    }

    @Override
    public void open() {
        response.setContentType(Csv.MEDIA_TYPE);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString());
        try {
            // Written to the client's socket, not to a PrintWriter, which would hide that the client has gone.
            out = new BufferedWriter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        csv = new Csv(out).row(header);
        flush();
    }

    @Override
    public void accept(T row) {
        if (System.nanoTime() - started > maxDuration.toNanos()) {
            throw new ExportCutShort("time limit of " + maxDuration.toSeconds() + " s reached");
        }
        csv.row(fields.apply(row));
        rows++;
    }

    private void markIncomplete(String reason) {
        try {
            csv.line(INCOMPLETE.formatted(rows, reason));
            flush();
        } catch (UncheckedIOException clientGone) {
            // Nobody left to tell.
        }
    }

    private void flush() {
        try {
            out.flush();
            response.flushBuffer();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
