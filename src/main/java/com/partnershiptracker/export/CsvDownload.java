package com.partnershiptracker.export;

import com.partnershiptracker.websupport.ClientConnection;
import com.partnershiptracker.websupport.ServerBusy;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.catalina.connector.ClientAbortException;
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
 * A CSV file streamed to the client as its rows are read, in its turn to read the database (see
 * {@link ExportTurns}). With a turn free, the byte order mark and the header go out as soon as the
 * database has answered, so that a database out of reach is still an error page. An export that has
 * to wait for its turn sends them at once and then waits, holding no connection, so that its client
 * sees the download start however long the line; with the line full, it gets a 503 with Retry-After
 * instead, before a byte of the file. Each row follows as it comes. Only a file written to the end
 * gets its last line, {@code # complete: N rows}. One that stops early (its time is up, its turn did
 * not come in time, or the database failed) gets {@code # INCOMPLETE: ...} if the client can still be
 * written to, and the connection is closed without ending the response, so that the browser reports
 * a failed download. A client that goes away ends the export at the next write, or within
 * {@link ExportTurns#HANG_UP_CHECK} while it waits for its turn, which frees its connection or its place.
 */
public final class CsvDownload<T> implements ExportSink<T> {

    private static final Logger LOG = LoggerFactory.getLogger(CsvDownload.class);
    static final String COMPLETE = "# complete: %d rows";
    static final String INCOMPLETE = "# INCOMPLETE: cut short after %d rows (%s); download the file again";
    static final String RETRY_AFTER_SECONDS = "10";

    private final HttpServletRequest request;
    private final HttpServletResponse response;
    private final String fileName;
    private final List<String> header;
    private final Function<T, List<String>> fields;
    private final Duration maxDuration;
    private final ExportTurns turns;
    private long started;
    private Writer out;
    private Csv csv;
    private long rows;

    CsvDownload(HttpServletRequest request, HttpServletResponse response, String fileName, List<String> header,
                Function<T, List<String>> fields, Duration maxDuration, ExportTurns turns) {
        this.request = request;
        this.response = response;
        this.fileName = fileName;
        this.header = header;
        this.fields = fields;
        this.maxDuration = maxDuration;
        this.turns = turns;
    }

    /**
     * Runs the reading in the export's turn, which opens this sink (unless waiting for the turn did)
     * and hands it the rows, and ends the file; or answers 503 when the line for turns is full.
     *
     * @throws ExportCutShort when the reading failed, or the turn did not come, after the file was opened
     * @throws IOException when the client has gone (Tomcat's ClientAbortException, which it takes quietly)
     */
    public void write(Consumer<ExportSink<T>> reading) throws IOException {
        try {
            ExportTurns.Turn turn = turn();
            if (turn == null) {
                return;
            }
            try (turn) {
                started = System.nanoTime();
                reading.accept(this);
                if (csv == null) {
                    open();
                }
                csv.line(COMPLETE.formatted(rows));
                flush();
            }
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

    /** A turn free now; or, after opening the file, the turn that came; or null, with the 503 sent, when the line is full. */
    private ExportTurns.Turn turn() throws IOException {
        ExportTurns.Turn free = turns.takeIfFree();
        if (free != null) {
            return free;
        }
        ExportTurns.Place place = turns.joinLine();
        if (place == null) {
            ServerBusy.mark(request);
            response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            return null;
        }
        try (place) {
            open();
            ExportTurns.Turn turn = place.await(() -> ClientConnection.hungUp(request));
            if (turn == null) {
                throw new ClientAbortException("the client hung up while its export waited for its turn");
            }
            return turn;
        }
    }

    /** Sends the headers, the byte order mark and the header row; once only, whoever asks (the wait for a turn, or the reading). */
    @Override
    public void open() {
        if (csv != null) {
            return;
        }
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
