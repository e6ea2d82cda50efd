package com.partnershiptracker.security;

import com.partnershiptracker.websupport.DatabaseUnavailable;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Arrays;

/**
 * Sessions live in the database, so while it is out a signed-in request cannot even find its session.
 * Such a request gets the branded 503 with Retry-After, as every page does during an outage, instead of
 * a 500; and its error page is drawn as for a visitor, without asking the session store again. The
 * session itself is untouched, so the editor is still signed in once the database is back.
 */
class SessionStoreOutage implements Filter {

    private static final String OUT = SessionStoreOutage.class.getName() + ".OUT";

    private final String sessionCookie;

    SessionStoreOutage(String sessionCookie) {
        this.sessionCookie = sessionCookie;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        if (http.getAttribute(OUT) != null) {
            chain.doFilter(new WithoutSessionCookie(http, sessionCookie), response);
            return;
        }
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException e) {
            HttpServletResponse answer = (HttpServletResponse) response;
            if (!DatabaseUnavailable.isOutage(e) || answer.isCommitted()) {
                throw e;
            }
            http.setAttribute(OUT, Boolean.TRUE);
            answer.resetBuffer();
            DatabaseUnavailable.answer(answer);
            answer.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        }
    }

    private static final class WithoutSessionCookie extends HttpServletRequestWrapper {

        private final String sessionCookie;

        WithoutSessionCookie(HttpServletRequest request, String sessionCookie) {
            super(request);
            this.sessionCookie = sessionCookie;
        }

        @Override
        public Cookie[] getCookies() {
            Cookie[] cookies = super.getCookies();
            return cookies == null ? null
                    : Arrays.stream(cookies).filter(cookie -> !sessionCookie.equals(cookie.getName())).toArray(Cookie[]::new);
        }
    }
}
