package com.partnershiptracker.traffic;

import com.partnershiptracker.shared.web.ServerBusy;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.HandlerInterceptor;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Lets a few heavy requests (whole-record exports, the network) run at once: the next ones wait
 * their turn for a while, then get a 503 with Retry-After. Each holds memory that grows with the
 * record, so the heap bounds how many may run together, not the number of request threads. Pages
 * the public page cache serves never get this far, and so never wait.
 */
final class HeavyRequestGate implements HandlerInterceptor {

    static final String RETRY_AFTER_SECONDS = "10";
    private static final String HOLDS_PERMIT = HeavyRequestGate.class.getName() + ".permit";

    private final Semaphore permits;
    private final Duration maxWait;

    HeavyRequestGate(int maxConcurrent, Duration maxWait) {
        this.permits = new Semaphore(maxConcurrent, true);
        this.maxWait = maxWait;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) throws Exception {
        if (request.getAttribute(HOLDS_PERMIT) != null) {
            return true;
        }
        boolean admitted;
        try {
            admitted = permits.tryAcquire(maxWait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            admitted = false;
        }
        if (!admitted) {
            ServerBusy.mark(request);
            response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            return false;
        }
        request.setAttribute(HOLDS_PERMIT, Boolean.TRUE);
        return true;
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler, Exception failure) {
        if (request.getAttribute(HOLDS_PERMIT) != null) {
            request.removeAttribute(HOLDS_PERMIT);
            permits.release();
        }
    }

    int available() {
        return permits.availablePermits();
    }
}
