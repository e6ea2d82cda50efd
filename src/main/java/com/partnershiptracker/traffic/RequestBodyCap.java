package com.partnershiptracker.traffic;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.apache.coyote.ActionCode;
import org.springframework.http.HttpHeaders;

import java.io.IOException;

/**
 * Ahead of every filter (a Tomcat valve, so before sessions and security): a request that carries a
 * body takes a slot in {@link BodiesInFlight} until it is answered. Over the cap it gets a 503 with
 * Retry-After at once, without a byte of its body read. A valve can tell Tomcat not to drain the
 * unread body either (a filter cannot): draining it, as Tomcat otherwise does before closing, would
 * hold the thread for as long as the slow client liked. The 503 is the site's branded error page.
 */
final class RequestBodyCap extends ValveBase {

    static final String RETRY_AFTER_SECONDS = "10";

    private final BodiesInFlight bodies;

    RequestBodyCap(BodiesInFlight bodies) {
        super(true);
        this.bodies = bodies;
    }

    @Override
    public void invoke(Request request, Response response) throws IOException, ServletException {
        if (!carriesBody(request)) {
            getNext().invoke(request, response);
            return;
        }
        String client = ClientKey.of(request.getRemoteAddr());
        if (!bodies.tryEnter(client)) {
            refuse(request, response);
            return;
        }
        try {
            getNext().invoke(request, response);
        } finally {
            bodies.leave(client);
        }
    }

    private static boolean carriesBody(Request request) {
        return request.getContentLengthLong() > 0
                || request.getCoyoteRequest().getMimeHeaders().getValue(HttpHeaders.TRANSFER_ENCODING) != null;
    }

    private static void refuse(Request request, Response response) throws IOException {
        request.getCoyoteRequest().action(ActionCode.DISABLE_SWALLOW_INPUT, null);
        // The error page is rendered for this same request, and anything there that asks for a parameter
        // (the language switch does) would read a form body first: without its type, it reads none.
        request.getCoyoteRequest().contentType().recycle();
        response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        response.setHeader(HttpHeaders.CONNECTION, "close");
        response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    }
}
