package com.partnershiptracker.websupport;

import jakarta.servlet.ServletRequest;

/**
 * A 503 because the server is at its cap for a kind of request (see the traffic package), as
 * opposed to the database being out of reach: the error page says which, so that neither is
 * mistaken for the other.
 */
public final class ServerBusy {

    private static final String ATTRIBUTE = ServerBusy.class.getName();

    private ServerBusy() {
    }

    /** Marks the request, before its 503 is sent, so that the error page says the server is busy. */
    public static void mark(ServletRequest request) {
        request.setAttribute(ATTRIBUTE, Boolean.TRUE);
    }

    static boolean isMarked(ServletRequest request) {
        return request.getAttribute(ATTRIBUTE) != null;
    }
}
