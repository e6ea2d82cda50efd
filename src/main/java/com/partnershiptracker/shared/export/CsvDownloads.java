package com.partnershiptracker.shared.export;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.List;
import java.util.function.Function;

/**
 * Starts CSV downloads with the time an export may take ({@code app.exports.max-duration}, 10
 * minutes): a client that reads slowly holds a database connection for the whole transfer, so the
 * transfer has an end. (A client that stops reading altogether is dropped sooner, after
 * {@code server.tomcat.connection-timeout} without progress.)
 */
@Component
public class CsvDownloads {

    private final Duration maxDuration;

    CsvDownloads(@Value("${app.exports.max-duration:10m}") Duration maxDuration) {
        this.maxDuration = maxDuration;
    }

    /** A file to save, with the given name and header, each row's fields taken from the row by {@code fields}. */
    public <T> CsvDownload<T> start(HttpServletResponse response, String fileName, List<String> header,
                                    Function<T, List<String>> fields) {
        return new CsvDownload<>(response, fileName, header, fields, maxDuration);
    }
}
