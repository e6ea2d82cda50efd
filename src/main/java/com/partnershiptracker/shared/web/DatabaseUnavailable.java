package com.partnershiptracker.shared.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;

/**
 * How the site answers while the database cannot be reached or does not answer in time (the
 * exception handlers in ErrorPages and ApiErrors list those failures), as opposed to a fault in
 * the app: 503 with a Retry-After, so visitors and clients know to come back.
 */
public final class DatabaseUnavailable {

    /** Seconds a client should wait before trying again. */
    public static final String RETRY_AFTER_SECONDS = "30";

    private DatabaseUnavailable() {
    }

    static void answer(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
    }
}
