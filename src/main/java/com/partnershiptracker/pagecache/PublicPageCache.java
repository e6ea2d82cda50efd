package com.partnershiptracker.pagecache;

import com.partnershiptracker.audit.ChangeStamp;
import com.partnershiptracker.websupport.DatabaseUnavailable;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Serves a repeated anonymous GET of a public page from memory, as long as no save has committed
 * since it was rendered: one small query for the change stamp instead of a page's queries and its
 * rendering. Anything that may differ between visitors is either part of the key (the full URL,
 * host included, and the language) or keeps the request out of the cache: a session (signed-in
 * editors see edit links and flash messages), a language switch (it sets a cookie), a response
 * that sets a cookie, and every admin, sign-in, actuator and static path. Kept pages answer
 * If-None-Match with 304, and expire after a while, which bounds how long another instance's save can go
 * unseen in the one case the stamp misses: a revision committed after a hundred newer numbers were taken
 * (see {@link ChangeStamp}).
 *
 * <p>A save makes every kept page stale at once, and busy pages are then asked for by many readers
 * together. One of them renders the page while the others for the same key wait for it (at most
 * {@code waitForRenderer}) and get its copy, so a save costs each page one rendering, not one per
 * reader waiting.
 *
 * <p>A page is kept from its second request on (see {@link AskedBefore}): the first goes to its reader as it is
 * rendered, marked a miss, with nothing kept.
 */
final class PublicPageCache extends OncePerRequestFilter {

    static final String STATUS_HEADER = "X-Page-Cache";

    // The CSV exports stream from a database cursor: holding their first max-page-size back would
    // delay their first byte by seconds, and a whole-record file outgrows the cache anyway.
    private static final List<String> NEVER_KEPT = List.of("/admin", "/login", "/logout", "/actuator", "/v3/",
            "/swagger-ui", "/webjars/", "/css/", "/js/", "/error", "/agreements.csv", "/timeline.csv",
            "/api/v1/dump",
            // Each look-up is a new text and cheap to answer: keeping them would only push real pages out.
            "/api/v1/lookup/");
    private static final String SESSION_COOKIE = "SESSION";
    private static final int TURNS_TO_RENDER = 3;

    private final ChangeStamp changes;
    private final LocaleResolver languages;
    private final PageStore store;
    private final Duration timeToLive;
    private final int maxPageBytes;
    private final Clock clock;
    private final Duration waitForRenderer;
    private final AskedBefore askedBefore;
    private final PageCacheCounts counts;
    private final ConcurrentMap<String, CompletableFuture<CachedPage>> beingRendered = new ConcurrentHashMap<>();

    PublicPageCache(ChangeStamp changes, LocaleResolver languages, PageStore store, Duration timeToLive, int maxPageBytes,
                    Clock clock, Duration waitForRenderer, AskedBefore askedBefore, PageCacheCounts counts) {
        this.changes = changes;
        this.languages = languages;
        this.store = store;
        this.timeToLive = timeToLive;
        this.maxPageBytes = maxPageBytes;
        this.clock = clock;
        this.waitForRenderer = waitForRenderer;
        this.askedBefore = askedBefore;
        this.counts = counts;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !"GET".equals(request.getMethod()) || NEVER_KEPT.stream().anyMatch(path::startsWith);
    }

    /** What may differ between visitors. */
    private static boolean isPersonal(HttpServletRequest request) {
        return request.getParameter("lang") != null
                || request.getHeader(HttpHeaders.AUTHORIZATION) != null
                || hasSessionCookie(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (isPersonal(request)) {
            counts.bypasses.increment();
            chain.doFilter(request, response);
            return;
        }
        ChangeStamp.Stamp stamp;
        try {
            stamp = changes.current();
        } catch (DataAccessException unreachable) {
            // The page would wait for the same database again; the branded error/503 page answers at once.
            unavailable(response);
            return;
        }
        ChangeStamp.keepForThisRequest(request, stamp);
        String key = keyOf(request);
        CachedPage kept = store.get(key);
        if (servedIfCurrent(kept, stamp, request, response)) {
            return;
        }
        if (kept == null && !askedBefore.remember(key)) {
            counts.misses.increment();
            response.setHeader(STATUS_HEADER, "miss");
            chain.doFilter(request, response);
            return;
        }
        CompletableFuture<CachedPage> rendering = null;
        // A copy rendered before this reader's stamp is stale for it; the reader then lines up to render the
        // page again itself, so that a save during a slow render costs one more rendering, not one per reader.
        for (int turn = 0; turn < TURNS_TO_RENDER && rendering == null; turn++) {
            if (turn > 0 && servedIfCurrent(store.get(key), stamp, request, response)) {
                return;
            }
            CompletableFuture<CachedPage> mine = new CompletableFuture<>();
            CompletableFuture<CachedPage> renderedByAnother = beingRendered.putIfAbsent(key, mine);
            if (renderedByAnother == null) {
                rendering = mine;
            } else {
                CachedPage shared = awaitQuietly(renderedByAnother);
                if (shared == null && renderedByAnother.isCompletedExceptionally()) {
                    // The rendering this reader waited for found the database out: asking it again would only wait again.
                    unavailable(response);
                    return;
                }
                if (servedIfCurrent(shared, stamp, request, response)) {
                    return;
                }
            }
        }
        CachedPage fresh = null;
        try {
            fresh = render(request, response, chain, key, stamp);
        } finally {
            if (rendering != null) {
                beingRendered.remove(key, rendering);
                if (fresh == null && response.getStatus() == HttpServletResponse.SC_SERVICE_UNAVAILABLE) {
                    rendering.completeExceptionally(new DatabaseOutDuringRendering());
                } else {
                    rendering.complete(fresh);
                }
            }
        }
    }

    private static void unavailable(HttpServletResponse response) throws IOException {
        response.setHeader(HttpHeaders.RETRY_AFTER, DatabaseUnavailable.RETRY_AFTER_SECONDS);
        response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    }

    /** How a rendering that answered 503 tells the readers waiting for it. */
    private static final class DatabaseOutDuringRendering extends RuntimeException {

        DatabaseOutDuringRendering() {
            super("the database was out of reach during the rendering", null, false, false);
        }
    }

    private CachedPage render(HttpServletRequest request, HttpServletResponse response, FilterChain chain, String key,
                              ChangeStamp.Stamp stamp) throws IOException, ServletException {
        counts.misses.increment();
        BoundedRecorder recorder = new BoundedRecorder(response, maxPageBytes);
        chain.doFilter(request, recorder);
        CachedPage fresh = CachedPage.recordedFrom(recorder, recorder.recordedBody(), stamp, clock.instant());
        if (fresh != null) {
            store.put(key, fresh);
            markCacheable(recorder, fresh, "miss");
        }
        recorder.finish();
        return fresh;
    }

    private boolean servedIfCurrent(CachedPage page, ChangeStamp.Stamp stamp, HttpServletRequest request,
                                    HttpServletResponse response) throws IOException {
        if (page == null || !page.isCurrent(stamp, clock.instant(), timeToLive)) {
            return false;
        }
        counts.hits.increment();
        markCacheable(response, page, "hit");
        page.replayTo(response, page.etag().equals(request.getHeader(HttpHeaders.IF_NONE_MATCH)));
        return true;
    }

    /** The other reader's page, or null when it was not kept, failed, or took too long: then this reader renders. */
    private CachedPage awaitQuietly(CompletableFuture<CachedPage> rendering) {
        try {
            return rendering.get(waitForRenderer.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return null;
        } catch (ExecutionException | TimeoutException notShared) {
            return null;
        }
    }

    private static void markCacheable(HttpServletResponse response, CachedPage page, String status) {
        // Public pages may be kept by browsers, but must be checked again before each use.
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
        response.setHeader(HttpHeaders.PRAGMA, null);
        response.setHeader(HttpHeaders.EXPIRES, null);
        response.setHeader(HttpHeaders.ETAG, page.etag());
        response.setHeader(HttpHeaders.VARY, "Accept-Language, Cookie");
        response.setHeader(STATUS_HEADER, status);
    }

    private String keyOf(HttpServletRequest request) {
        String query = request.getQueryString();
        return languages.resolveLocale(request).getLanguage() + " " + request.getRequestURL()
                + (query == null ? "" : "?" + query);
    }

    private static boolean hasSessionCookie(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return false;
        }
        for (Cookie cookie : cookies) {
            if (SESSION_COOKIE.equals(cookie.getName())) {
                return true;
            }
        }
        return false;
    }
}
