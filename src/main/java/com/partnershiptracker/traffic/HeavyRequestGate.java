package com.partnershiptracker.traffic;

import com.partnershiptracker.websupport.ServerBusy;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.HandlerInterceptor;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Lets a few heavy requests run at once: the next ones wait their turn, first come first served,
 * for a while, then get a 503 with Retry-After; past a number of waiting requests, the next gets
 * its 503 at once, so that waiting requests never take every request thread. It guards the network
 * (its memory grows with the record); the anonymous page renders have a line of their own that also
 * knows a database outage and editors' saves (RenderTurns). Pages the public page cache serves never
 * get this far, and so never wait. (Exports wait in a line of their own,
 * export.ExportTurns, after their file is open, so that their download starts at once.)
 */
final class HeavyRequestGate implements HandlerInterceptor {

    static final String RETRY_AFTER_SECONDS = "10";

    private final Semaphore permits;
    private final Duration maxWait;
    private final int maxWaiting;
    private final AtomicInteger waiting = new AtomicInteger();
    // One per gate: a request that one gate admitted holds nothing of another's.
    private final String holdsPermit = HeavyRequestGate.class.getName() + ".permit." + System.identityHashCode(this);

    HeavyRequestGate(int maxConcurrent, Duration maxWait) {
        this(maxConcurrent, maxWait, Integer.MAX_VALUE);
    }

    HeavyRequestGate(int maxConcurrent, Duration maxWait, int maxWaiting) {
        this.permits = new Semaphore(maxConcurrent, true);
        this.maxWait = maxWait;
        this.maxWaiting = maxWaiting;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) throws Exception {
        if (request.getAttribute(holdsPermit) != null) {
            return true;
        }
        if (!admit()) {
            ServerBusy.mark(request);
            response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            return false;
        }
        request.setAttribute(holdsPermit, Boolean.TRUE);
        return true;
    }

    private boolean admit() {
        try {
            // With a timeout, even of zero, a fair semaphore serves those already waiting first.
            if (permits.tryAcquire(0, TimeUnit.MILLISECONDS)) {
                return true;
            }
            if (waiting.incrementAndGet() > maxWaiting) {
                waiting.decrementAndGet();
                return false;
            }
            try {
                return permits.tryAcquire(maxWait.toMillis(), TimeUnit.MILLISECONDS);
            } finally {
                waiting.decrementAndGet();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler, Exception failure) {
        if (request.getAttribute(holdsPermit) != null) {
            request.removeAttribute(holdsPermit);
            permits.release();
        }
    }

    int available() {
        return permits.availablePermits();
    }

    int waiting() {
        return waiting.get();
    }
}
