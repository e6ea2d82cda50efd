package com.partnershiptracker.traffic;

import com.partnershiptracker.websupport.DatabaseUnavailable;
import com.partnershiptracker.websupport.ServerBusy;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Lets a few anonymous page renders run at once and queues the rest in order of arrival. On two
 * cores, forty renders sharing the CPU each take forty times as long, so the slowest page types
 * set everyone's tail latency; in a queue a reader waits about as long on average but no page is
 * stretched, and the editors (signed in, never queued) and their saves keep most of the CPU. Kept
 * pages are answered by the page cache before this is reached, so they never wait. While the
 * database is out of reach, readers are answered at once instead of queueing (see {@link RenderTurns}).
 */
final class PageRenderGate implements HandlerInterceptor {

    private static final String TAKEN = PageRenderGate.class.getName() + ".taken";

    private final RenderTurns turns;

    PageRenderGate(RenderTurns turns) {
        this.turns = turns;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) throws Exception {
        if (!queued(request) || request.getAttribute(TAKEN) != null) {
            return true;
        }
        RenderTurns.Answer answer = turns.take();
        switch (answer) {
            case TURN, PROBE -> {
                request.setAttribute(TAKEN, answer);
                return true;
            }
            case BUSY -> {
                ServerBusy.mark(request);
                response.setHeader(HttpHeaders.RETRY_AFTER, HeavyRequestGate.RETRY_AFTER_SECONDS);
            }
            case DATABASE_OUT -> response.setHeader(HttpHeaders.RETRY_AFTER, DatabaseUnavailable.RETRY_AFTER_SECONDS);
        }
        response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        return false;
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler, Exception failure) {
        if (request.getAttribute(TAKEN) instanceof RenderTurns.Answer taken) {
            request.removeAttribute(TAKEN);
            turns.giveBack(taken, DatabaseUnavailable.wasOutOfReach(request)
                    || failure != null && DatabaseUnavailable.isConnectionFailure(failure));
        }
    }

    private static boolean queued(HttpServletRequest request) {
        String method = request.getMethod();
        return ("GET".equals(method) || "HEAD".equals(method)) && request.getRemoteUser() == null;
    }
}
