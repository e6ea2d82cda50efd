package com.partnershiptracker.websupport;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

import java.io.IOException;

/**
 * Gives every API answer an ETag from its body and answers a matching If-None-Match with 304, also when the
 * page cache did not keep the answer (its first request, a signed-in editor's request). The answers may be
 * kept by clients but must be checked again before each use, which a 304 makes cheap. The dump streams a
 * whole record from a database cursor and is left out: holding it back to hash it would cost its memory.
 */
class ApiEntityTags extends ShallowEtagHeaderFilter {

    static final String URL_PATTERN = "/api/v1/*";
    private static final String DUMP = "/api/v1/dump";

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length()).startsWith(DUMP);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
        response.setHeader(HttpHeaders.VARY, "Accept-Language, Cookie");
        super.doFilterInternal(request, response,
                (innerRequest, innerResponse) -> chain.doFilter(innerRequest, new OwnTagsOnly((HttpServletResponse) innerResponse)));
    }

    /**
     * Drops the page cache's ETag (one per change of the record, the same for every page), so that an answer
     * carries the tag of its body whether it came from the cache or not, and a client's tag keeps matching.
     */
    private static final class OwnTagsOnly extends HttpServletResponseWrapper {

        OwnTagsOnly(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setHeader(String name, String value) {
            if (!HttpHeaders.ETAG.equalsIgnoreCase(name)) {
                super.setHeader(name, value);
            }
        }

        @Override
        public void addHeader(String name, String value) {
            if (!HttpHeaders.ETAG.equalsIgnoreCase(name)) {
                super.addHeader(name, value);
            }
        }
    }
}
