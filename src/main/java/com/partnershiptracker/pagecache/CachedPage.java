package com.partnershiptracker.pagecache;

import com.partnershiptracker.audit.ChangeStamp;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** A rendered response as the browser got it: status 200, headers and body, with the stamp it was made at. */
record CachedPage(ChangeStamp.Stamp stamp, Instant madeAt, String contentType, Locale locale, List<Header> headers,
                  byte[] body) {

    /** What a page may be: anything else (a download of unknown kind, a redirect, an error) is never kept. */
    private static final Set<String> KEPT_TYPES = Set.of("text/html", "application/json", "text/csv", "application/atom+xml");
    /** Set per response by the container or by this cache itself. */
    private static final Set<String> NOT_REPLAYED = Set.of("content-length", "transfer-encoding", "date",
            "cache-control", "pragma", "expires", "etag", "vary", PublicPageCache.STATUS_HEADER.toLowerCase(Locale.ROOT));

    record Header(String name, String value) {
    }

    /** The recorded response, or null when it must not be served to anyone else (body is null when it outgrew the recorder). */
    static CachedPage recordedFrom(HttpServletResponse response, byte[] body, ChangeStamp.Stamp stamp, Instant now) {
        String type = response.getContentType();
        if (response.getStatus() != HttpServletResponse.SC_OK || type == null || body == null
                || response.containsHeader(HttpHeaders.SET_COOKIE)
                || !KEPT_TYPES.contains(type.split(";")[0].strip().toLowerCase(Locale.ROOT))) {
            return null;
        }
        List<Header> headers = new ArrayList<>();
        for (String name : response.getHeaderNames()) {
            if (!NOT_REPLAYED.contains(name.toLowerCase(Locale.ROOT))) {
                response.getHeaders(name).forEach(value -> headers.add(new Header(name, value)));
            }
        }
        return new CachedPage(stamp, now, type, response.getLocale(), List.copyOf(headers), body);
    }

    boolean isCurrent(ChangeStamp.Stamp now, Instant time, Duration timeToLive) {
        return stamp.equals(now) && madeAt.plus(timeToLive).isAfter(time);
    }

    /** A weak validator: the page is the same as long as the record has not changed (see {@link EntityTags}). */
    String etag() {
        return EntityTags.of(stamp);
    }

    int size() {
        return body.length + headers.stream().mapToInt(h -> h.name().length() + h.value().length()).sum();
    }

    void replayTo(HttpServletResponse response, boolean notModified) throws IOException {
        headers.forEach(header -> response.addHeader(header.name(), header.value()));
        if (notModified) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setStatus(HttpServletResponse.SC_OK);
        response.setLocale(locale);
        response.setContentType(contentType);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
