package com.partnershiptracker.websupport;

import jakarta.servlet.ServletRequest;
import org.apache.catalina.connector.Request;
import org.apache.coyote.ActionCode;

import java.util.function.BooleanSupplier;

/**
 * Whether the client of a request without a body has hung up, for a request that waits without
 * writing (a queued export). Tomcat learns that a client has gone only when it next reads or writes,
 * so this reads: a try that does not wait, which finds the end of the stream once the client has
 * closed. A GET's client sends nothing more while it waits for its answer, so whatever arrives means
 * it has gone (or pipelines a next request, which no browser does).
 */
public final class ClientConnection {

    private static final String ATTRIBUTE = ClientConnection.class.getName();

    private ClientConnection() {
    }

    /** Lets the application ask about the request's client: done by {@link ClientConnectionValve} for every request. */
    static void watch(Request request) {
        org.apache.coyote.Request received = request.getCoyoteRequest();
        BooleanSupplier hungUp = () -> {
            received.action(ActionCode.AVAILABLE, Boolean.TRUE);
            return received.getAvailable() > 0;
        };
        request.setAttribute(ATTRIBUTE, hungUp);
    }

    /** True once the client is known to have gone; false while it is there, and for a request no valve watches (tests). */
    public static boolean hungUp(ServletRequest request) {
        return request.getAttribute(ATTRIBUTE) instanceof BooleanSupplier hungUp && hungUp.getAsBoolean();
    }
}
