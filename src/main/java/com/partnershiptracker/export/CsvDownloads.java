package com.partnershiptracker.export;

import com.partnershiptracker.websupport.ClientConnection;
import com.partnershiptracker.websupport.ServerBusy;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.catalina.connector.ClientAbortException;
import org.springframework.http.HttpHeaders;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;

/**
 * Starts CSV downloads, which take turns to read the database ({@link ExportTurns}), with the time an
 * export may take from its turn ({@code app.exports.max-duration}, 10 minutes): a client that reads
 * slowly holds a database connection for the whole transfer, so the transfer has an end. (A client
 * that stops reading altogether is dropped sooner, after {@code server.tomcat.connection-timeout}
 * without progress.)
 */
@Component
public class CsvDownloads {

    private final Duration maxDuration;
    private final ExportTurns turns;

    CsvDownloads(@Value("${app.exports.max-duration:10m}") Duration maxDuration,
                 @Value("${app.exports.max-concurrent:2}") int maxConcurrent,
                 @Value("${app.exports.max-wait:5m}") Duration maxWait,
                 @Value("${app.exports.max-waiting:16}") int maxWaiting) {
        this.maxDuration = maxDuration;
        this.turns = new ExportTurns(maxConcurrent, maxWait, maxWaiting);
    }

    /** A file to save, with the given name and header, each row's fields taken from the row by {@code fields}. */
    public <T> CsvDownload<T> start(HttpServletRequest request, HttpServletResponse response, String fileName,
                                    List<String> header, Function<T, List<String>> fields) {
        return new CsvDownload<>(request, response, fileName, header, fields, maxDuration, turns);
    }

    /** How long a download may take from its turn (app.exports.max-duration). */
    public Duration maxDuration() {
        return maxDuration;
    }

    /**
     * Runs a download that is not a CSV list (the data dump) in an export's turn, in the same line as
     * the CSV files: at once when a turn is free; otherwise {@code announce} first sends the response's
     * headers, so that the client sees its download start, and the work waits for its turn. With the
     * line full it answers 503 with Retry-After and runs nothing.
     *
     * @throws ExportCutShort when the turn did not come within app.exports.max-wait
     * @throws IOException when the client hung up while it waited
     */
    public void inTurn(HttpServletRequest request, HttpServletResponse response, Runnable announce, Runnable work)
            throws IOException {
        ExportTurns.Turn turn = turns.takeIfFree();
        if (turn == null) {
            ExportTurns.Place place = turns.joinLine();
            if (place == null) {
                ServerBusy.mark(request);
                response.setHeader(HttpHeaders.RETRY_AFTER, CsvDownload.RETRY_AFTER_SECONDS);
                response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
                return;
            }
            try (place) {
                announce.run();
                turn = place.await(() -> ClientConnection.hungUp(request));
                if (turn == null) {
                    throw new ClientAbortException("the client hung up while its download waited for its turn");
                }
            }
        }
        try (ExportTurns.Turn taken = turn) {
            work.run();
        }
    }
}
