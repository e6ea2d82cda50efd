package com.partnershiptracker.pagecache;

import com.partnershiptracker.audit.ChangeStamp;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.i18n.FixedLocaleResolver;

import jakarta.servlet.FilterChain;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class PublicPageCacheTests {

    final ChangeStamp changes = mock(ChangeStamp.class);
    final PageStore store = new PageStore(1_000_000);
    final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    final PublicPageCache cache = new PublicPageCache(changes, new FixedLocaleResolver(Locale.ENGLISH), store,
            Duration.ofMinutes(5), 100_000, Clock.systemUTC(), Duration.ofSeconds(5), new AskedBefore(1024),
            new PageCacheCounts(meters));
    final FilterChain anyPage = (request, response) -> response.getWriter().write("<p>a page</p>");

    @Test
    void withTheDatabaseOutOfReachItAnswers503AtOnceWithoutAskingThePage() throws Exception {
        when(changes.current()).thenThrow(new CannotGetJdbcConnectionException("Connection refused"));
        MockFilterChain page = new MockFilterChain();
        MockHttpServletResponse response = new MockHttpServletResponse();

        cache.doFilter(new MockHttpServletRequest("GET", "/timeline"), response, page);

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("30");
        assertThat(page.getRequest()).isNull();
    }

    @Test
    void writesAndOtherMethodsPassStraightThrough() throws Exception {
        MockFilterChain page = new MockFilterChain();

        cache.doFilter(new MockHttpServletRequest("POST", "/admin/organizations"), new MockHttpServletResponse(), page);

        assertThat(page.getRequest()).isNotNull();
    }

    @Test
    void aPageIsKeptFromItsSecondRequestOn() throws Exception {
        when(changes.current()).thenReturn(new ChangeStamp.Stamp(7, 7, 7));
        AtomicInteger renderings = new AtomicInteger();
        FilterChain page = (request, response) -> {
            response.setContentType("text/html;charset=UTF-8");
            response.getWriter().write("<p>rendering " + renderings.incrementAndGet() + "</p>");
        };

        MockHttpServletResponse first = get("/timeline?partner=kt", page);
        MockHttpServletResponse second = get("/timeline?partner=kt", page);
        MockHttpServletResponse third = get("/timeline?partner=kt", page);

        assertThat(first.getHeader(PublicPageCache.STATUS_HEADER)).isEqualTo("miss");
        assertThat(first.getHeader("ETag")).isNull();
        assertThat(second.getHeader(PublicPageCache.STATUS_HEADER)).isEqualTo("miss");
        assertThat(third.getHeader(PublicPageCache.STATUS_HEADER)).isEqualTo("hit");
        assertThat(third.getContentAsString()).isEqualTo("<p>rendering 2</p>");
        assertThat(renderings).hasValue(2);
    }

    @Test
    void eachPublicReadIsCountedAsAHitAMissOrABypassAndNothingElseIs() throws Exception {
        when(changes.current()).thenReturn(new ChangeStamp.Stamp(7, 7, 7));
        FilterChain page = (request, response) -> {
            response.setContentType("text/html;charset=UTF-8");
            response.getWriter().write("<p>the page</p>");
        };
        get("/timeline", page);
        get("/timeline", page);
        get("/timeline", page);
        get("/timeline", page);
        MockHttpServletRequest signedIn = new MockHttpServletRequest("GET", "/timeline");
        signedIn.setCookies(new jakarta.servlet.http.Cookie("SESSION", "abc"));
        cache.doFilter(signedIn, new MockHttpServletResponse(), page);
        cache.doFilter(new MockHttpServletRequest("GET", "/admin/organizations"), new MockHttpServletResponse(), page);
        cache.doFilter(new MockHttpServletRequest("POST", "/timeline"), new MockHttpServletResponse(), page);

        assertThat(meters.get(PageCacheCounts.REQUESTS).tag("result", "miss").counter().count()).isEqualTo(2);
        assertThat(meters.get(PageCacheCounts.REQUESTS).tag("result", "hit").counter().count()).isEqualTo(2);
        assertThat(meters.get(PageCacheCounts.REQUESTS).tag("result", "bypass").counter().count()).isEqualTo(1);
    }

    @Test
    void aPageAskedForOnceIsNeverKept() throws Exception {
        when(changes.current()).thenReturn(new ChangeStamp.Stamp(7, 7, 7));

        for (int page = 1; page <= 20; page++) {
            get("/agreements?page=" + page, anyPage);
        }

        assertThat(store.count()).isZero();
    }

    @Test
    void readersWhoAskWhileAPageIsBeingRenderedGetThatRenderingInsteadOfTheirOwn() throws Exception {
        when(changes.current()).thenReturn(new ChangeStamp.Stamp(7, 7, 7));
        get("/timeline?partner=kt", anyPage);
        CountDownLatch rendererStarted = new CountDownLatch(1);
        CountDownLatch releaseRenderer = new CountDownLatch(1);
        AtomicInteger renderings = new AtomicInteger();
        FilterChain slowPage = (request, response) -> {
            renderings.incrementAndGet();
            rendererStarted.countDown();
            await(releaseRenderer);
            response.setContentType("text/html;charset=UTF-8");
            response.getWriter().write("<p>the page</p>");
        };
        ExecutorService readers = Executors.newFixedThreadPool(6);
        try {
            List<Future<MockHttpServletResponse>> answers = new ArrayList<>();
            answers.add(readers.submit(() -> get("/timeline?partner=kt", slowPage)));
            assertThat(rendererStarted.await(5, TimeUnit.SECONDS)).isTrue();
            for (int i = 0; i < 5; i++) {
                answers.add(readers.submit(() -> get("/timeline?partner=kt", slowPage)));
            }
            Thread.sleep(300);
            releaseRenderer.countDown();

            for (Future<MockHttpServletResponse> answer : answers) {
                MockHttpServletResponse response = answer.get(5, TimeUnit.SECONDS);
                assertThat(response.getStatus()).isEqualTo(200);
                assertThat(response.getContentAsString()).isEqualTo("<p>the page</p>");
            }
            assertThat(renderings).hasValue(1);
        } finally {
            readers.shutdownNow();
        }
    }

    @Test
    void aReaderWhoseRecordChangedMeanwhileRendersItsOwnPage() throws Exception {
        when(changes.current()).thenReturn(new ChangeStamp.Stamp(6, 6, 6), new ChangeStamp.Stamp(7, 7, 7), new ChangeStamp.Stamp(8, 8, 8));
        get("/agreements", anyPage);
        CountDownLatch rendererStarted = new CountDownLatch(1);
        CountDownLatch releaseRenderer = new CountDownLatch(1);
        AtomicInteger renderings = new AtomicInteger();
        FilterChain page = (request, response) -> {
            if (renderings.incrementAndGet() == 1) {
                rendererStarted.countDown();
                await(releaseRenderer);
            }
            response.setContentType("text/html;charset=UTF-8");
            response.getWriter().write("<p>rendering " + renderings.get() + "</p>");
        };
        ExecutorService readers = Executors.newFixedThreadPool(2);
        try {
            Future<MockHttpServletResponse> first = readers.submit(() -> get("/agreements", page));
            assertThat(rendererStarted.await(5, TimeUnit.SECONDS)).isTrue();
            Future<MockHttpServletResponse> second = readers.submit(() -> get("/agreements", page));
            Thread.sleep(300);
            releaseRenderer.countDown();

            assertThat(first.get(5, TimeUnit.SECONDS).getContentAsString()).isEqualTo("<p>rendering 1</p>");
            assertThat(second.get(5, TimeUnit.SECONDS).getContentAsString()).isEqualTo("<p>rendering 2</p>");
        } finally {
            readers.shutdownNow();
        }
    }

    @Test
    void readersWhoseRecordChangedDuringASlowRenderingShareOneNewRenderingInsteadOfEachRenderingTheirOwn() throws Exception {
        when(changes.current()).thenReturn(new ChangeStamp.Stamp(6, 6, 6), new ChangeStamp.Stamp(7, 7, 7), new ChangeStamp.Stamp(8, 8, 8));
        get("/organizations/kt", anyPage);
        CountDownLatch rendererStarted = new CountDownLatch(1);
        CountDownLatch releaseRenderer = new CountDownLatch(1);
        AtomicInteger renderings = new AtomicInteger();
        FilterChain page = (request, response) -> {
            int rendering = renderings.incrementAndGet();
            if (rendering == 1) {
                rendererStarted.countDown();
                await(releaseRenderer);
            } else {
                sleepQuietly(200);
            }
            response.setContentType("text/html;charset=UTF-8");
            response.getWriter().write("<p>rendering " + rendering + "</p>");
        };
        ExecutorService readers = Executors.newFixedThreadPool(7);
        try {
            Future<MockHttpServletResponse> stale = readers.submit(() -> get("/organizations/kt", page));
            assertThat(rendererStarted.await(5, TimeUnit.SECONDS)).isTrue();
            List<Future<MockHttpServletResponse>> newer = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                newer.add(readers.submit(() -> get("/organizations/kt", page)));
            }
            Thread.sleep(300);
            releaseRenderer.countDown();

            assertThat(stale.get(5, TimeUnit.SECONDS).getContentAsString()).isEqualTo("<p>rendering 1</p>");
            for (Future<MockHttpServletResponse> answer : newer) {
                assertThat(answer.get(5, TimeUnit.SECONDS).getContentAsString()).isEqualTo("<p>rendering 2</p>");
            }
            assertThat(renderings).hasValue(2);
        } finally {
            readers.shutdownNow();
        }
    }

    @Test
    void whenTheRenderingFailsTheWaitingReadersRenderTheirOwn() throws Exception {
        when(changes.current()).thenReturn(new ChangeStamp.Stamp(7, 7, 7));
        get("/agreements", anyPage);
        CountDownLatch rendererStarted = new CountDownLatch(1);
        CountDownLatch releaseRenderer = new CountDownLatch(1);
        AtomicInteger renderings = new AtomicInteger();
        FilterChain page = (request, response) -> {
            if (renderings.incrementAndGet() == 1) {
                rendererStarted.countDown();
                await(releaseRenderer);
                throw new IllegalStateException("the renderer failed");
            }
            response.setContentType("text/html;charset=UTF-8");
            response.getWriter().write("<p>the page</p>");
        };
        ExecutorService readers = Executors.newFixedThreadPool(2);
        try {
            Future<MockHttpServletResponse> failing = readers.submit(() -> get("/agreements", page));
            assertThat(rendererStarted.await(5, TimeUnit.SECONDS)).isTrue();
            Future<MockHttpServletResponse> waiting = readers.submit(() -> get("/agreements", page));
            Thread.sleep(300);
            releaseRenderer.countDown();

            assertThat(waiting.get(5, TimeUnit.SECONDS).getContentAsString()).isEqualTo("<p>the page</p>");
            assertThatThrownBy(() -> failing.get(5, TimeUnit.SECONDS)).hasRootCauseMessage("the renderer failed");
            assertThat(renderings).hasValue(2);
        } finally {
            readers.shutdownNow();
        }
    }

    @Test
    void whenTheRenderingFindsTheDatabaseOutTheWaitingReadersAnswer503AtOnceInsteadOfWaitingAgain() throws Exception {
        when(changes.current()).thenReturn(new ChangeStamp.Stamp(7, 7, 7));
        get("/organizations/kt", anyPage);
        CountDownLatch rendererStarted = new CountDownLatch(1);
        CountDownLatch releaseRenderer = new CountDownLatch(1);
        AtomicInteger renderings = new AtomicInteger();
        FilterChain page = (request, response) -> {
            renderings.incrementAndGet();
            rendererStarted.countDown();
            await(releaseRenderer);
            ((jakarta.servlet.http.HttpServletResponse) response).sendError(503);
        };
        ExecutorService readers = Executors.newFixedThreadPool(2);
        try {
            Future<MockHttpServletResponse> rendering = readers.submit(() -> get("/organizations/kt", page));
            assertThat(rendererStarted.await(5, TimeUnit.SECONDS)).isTrue();
            Future<MockHttpServletResponse> waiting = readers.submit(() -> get("/organizations/kt", page));
            Thread.sleep(300);
            releaseRenderer.countDown();

            MockHttpServletResponse answer = waiting.get(5, TimeUnit.SECONDS);
            assertThat(answer.getStatus()).isEqualTo(503);
            assertThat(answer.getHeader("Retry-After")).isEqualTo("30");
            assertThat(rendering.get(5, TimeUnit.SECONDS).getStatus()).isEqualTo(503);
            assertThat(renderings).hasValue(1);
        } finally {
            readers.shutdownNow();
        }
    }

    private MockHttpServletResponse get(String url, FilterChain page) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", url.split("\\?")[0]);
        if (url.contains("?")) {
            request.setQueryString(url.split("\\?")[1]);
        }
        MockHttpServletResponse response = new MockHttpServletResponse();
        cache.doFilter(request, response, page);
        return response;
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
