package com.partnershiptracker.security;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The security headers for an answer made before the application's filters run (a Tomcat valve's
 * refusal): the error page it leads to is rendered in an error dispatch, where Spring Security's
 * header writer does not run again, so the valve sets them itself. Headers already set are kept.
 */
public final class FallbackSecurityHeaders {

    private FallbackSecurityHeaders() {
    }

    public static void addMissing(HttpServletResponse response) {
        TomcatErrorPages.SECURITY_HEADERS.forEach((name, value) -> {
            if (!response.containsHeader(name)) {
                response.setHeader(name, value);
            }
        });
    }
}
