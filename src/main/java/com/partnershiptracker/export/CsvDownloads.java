package com.partnershiptracker.export;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

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
}
