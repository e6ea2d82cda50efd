package com.partnershiptracker.traffic;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Lets a few anonymous page renders run at once and queues the rest in order of arrival. On two
 * cores, forty renders sharing the CPU each take forty times as long, so the slowest page types
 * set everyone's tail latency; in a queue a reader waits about as long on average but no page is
 * stretched, and the editors (signed in, never queued) and their saves keep most of the CPU. Kept
 * pages are answered by the page cache before this is reached, so they never wait.
 */
final class PageRenderGate implements HandlerInterceptor {

    private final HeavyRequestGate turns;

    PageRenderGate(HeavyRequestGate turns) {
        this.turns = turns;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) throws Exception {
        return !queued(request) || turns.preHandle(request, response, handler);
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler, Exception failure) {
        turns.afterCompletion(request, response, handler, failure);
    }

    private static boolean queued(HttpServletRequest request) {
        String method = request.getMethod();
        return ("GET".equals(method) || "HEAD".equals(method)) && request.getRemoteUser() == null;
    }
}
