package com.partnershiptracker.database;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Marks the thread as answering a web request, from the very first filter (the public page cache
 * reads the change stamp before Spring's own request scope is set up), for RequestBoundDataSource.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestDatabaseScope extends OncePerRequestFilter {

    private static final ThreadLocal<Boolean> ACTIVE = new ThreadLocal<>();

    static boolean isActive() {
        return ACTIVE.get() != null;
    }

    /** Runs the work as if no request were being answered, then marks the thread again as it was. */
    static <T> T outsideRequest(java.util.function.Supplier<T> work) {
        Boolean before = ACTIVE.get();
        ACTIVE.remove();
        try {
            return work.get();
        } finally {
            if (before != null) {
                ACTIVE.set(before);
            }
        }
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (isActive()) {
            chain.doFilter(request, response);
            return;
        }
        ACTIVE.set(Boolean.TRUE);
        try {
            chain.doFilter(request, response);
        } finally {
            ACTIVE.remove();
            RequestReadTarget.forget();
        }
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }
}
