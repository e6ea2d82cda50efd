package com.partnershiptracker.traffic;

import com.partnershiptracker.security.FallbackSecurityHeaders;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletResponse;
import com.partnershiptracker.websupport.ServerBusy;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.apache.coyote.ActionCode;
import org.springframework.http.HttpHeaders;

import java.io.IOException;

/**
 * Ahead of every filter (a Tomcat valve, so before sessions and security): a request whose body has
 * not all arrived with its headers takes a slot in {@link BodiesInFlight} until it is answered. Over the cap it gets a 503 with
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
        if (!bodyStillToCome(request)) {
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

    /**
     * Whether part of the body has yet to arrive. A small form usually comes in the same packets as its
     * headers, and then costs no waiting: it takes no slot, so that many editors behind one address
     * can still save at once.
     */
    private static boolean bodyStillToCome(Request request) {
        org.apache.coyote.Request received = request.getCoyoteRequest();
        if (received.getMimeHeaders().getValue(HttpHeaders.TRANSFER_ENCODING) != null) {
            return true;
        }
        long length = request.getContentLengthLong();
        if (length <= 0) {
            return false;
        }
        received.action(ActionCode.AVAILABLE, Boolean.TRUE);
        return received.getAvailable() < length;
    }

    private static void refuse(Request request, Response response) throws IOException {
        request.getCoyoteRequest().action(ActionCode.DISABLE_SWALLOW_INPUT, null);
        // The error page is rendered for this same request, and anything there that asks for a parameter
        // (the language switch does) would read a form body first: without its type, it reads none.
        request.getCoyoteRequest().contentType().recycle();
        ServerBusy.mark(request);
        FallbackSecurityHeaders.addMissing(response);
        response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        response.setHeader(HttpHeaders.CONNECTION, "close");
        response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    }
}
