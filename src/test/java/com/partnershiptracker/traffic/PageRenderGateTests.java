package com.partnershiptracker.traffic;

import com.partnershiptracker.websupport.DatabaseUnavailable;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class PageRenderGateTests {

    final RenderTurns turns = new RenderTurns(1, Duration.ofSeconds(30), 4);
    final PageRenderGate gate = new PageRenderGate(turns);

    @Test
    void anAnonymousReaderWaitsForTheRenderAheadAndGetsItsTurnWhenThatEnds() throws Exception {
        MockHttpServletRequest first = reader("/timeline?partner=kt");
        assertThat(gate.preHandle(first, new MockHttpServletResponse(), null)).isTrue();

        CompletableFuture<Boolean> second = CompletableFuture.supplyAsync(() -> admitted(reader("/agreements?page=2")));
        while (turns.waiting() == 0) {
            Thread.sleep(5);
        }
        assertThat(second).isNotDone();

        gate.afterCompletion(first, new MockHttpServletResponse(), null, null);
        assertThat(second.get(5, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void signedInEditorsAndPostsNeverQueueNorTakeATurn() throws Exception {
        gate.preHandle(reader("/timeline"), new MockHttpServletResponse(), null);
        assertThat(turns.free()).isZero();

        MockHttpServletRequest editor = reader("/timeline?partner=kt");
        editor.setRemoteUser("editor");
        MockHttpServletRequest post = new MockHttpServletRequest("POST", "/login");

        assertThat(gate.preHandle(editor, new MockHttpServletResponse(), null)).isTrue();
        assertThat(gate.preHandle(post, new MockHttpServletResponse(), null)).isTrue();
        assertThat(turns.waiting()).isZero();
        gate.afterCompletion(editor, new MockHttpServletResponse(), null, null);
        assertThat(turns.free()).isZero();
    }

    @Test
    void aReaderWhoseWaitRunsOutGets503WithRetryAfter() throws Exception {
        PageRenderGate impatient = new PageRenderGate(new RenderTurns(1, Duration.ofMillis(50), 4));
        impatient.preHandle(reader("/timeline"), new MockHttpServletResponse(), null);

        MockHttpServletResponse refused = new MockHttpServletResponse();
        assertThat(impatient.preHandle(reader("/agreements"), refused, null)).isFalse();

        assertThat(refused.getStatus()).isEqualTo(503);
        assertThat(refused.getHeader("Retry-After")).isEqualTo(HeavyRequestGate.RETRY_AFTER_SECONDS);
    }

    @Test
    void afterARenderThatCouldNotReachTheDatabaseOneReaderTriesItAndTheNextIsAnsweredAtOnceWithTheOutagesRetryAfter()
            throws Exception {
        MockHttpServletRequest cutOff = reader("/timeline");
        gate.preHandle(cutOff, new MockHttpServletResponse(), null);
        MockHttpServletResponse outage = new MockHttpServletResponse();
        DatabaseUnavailable.answer(new DataAccessResourceFailureException("frozen",
                new SQLException("An I/O error occurred while sending to the backend.", "08006")), cutOff, outage);
        gate.afterCompletion(cutOff, outage, null, null);

        MockHttpServletRequest probe = reader("/agreements");
        assertThat(gate.preHandle(probe, new MockHttpServletResponse(), null)).isTrue();
        MockHttpServletResponse refused = new MockHttpServletResponse();
        assertThat(gate.preHandle(reader("/organizations/kt"), refused, null)).isFalse();
        assertThat(refused.getStatus()).isEqualTo(503);
        assertThat(refused.getHeader("Retry-After")).isEqualTo(DatabaseUnavailable.RETRY_AFTER_SECONDS);

        gate.afterCompletion(probe, new MockHttpServletResponse(), null, null);
        assertThat(turns.databaseOut()).isFalse();
        assertThat(turns.free()).isEqualTo(1);
    }

    @Test
    void aSlowStatementIsNotAnOutage() throws Exception {
        MockHttpServletRequest slow = reader("/search?q=a");
        gate.preHandle(slow, new MockHttpServletResponse(), null);
        DatabaseUnavailable.answer(new QueryTimeoutException("statement timeout",
                new SQLException("canceling statement due to statement timeout", "57014")), slow, new MockHttpServletResponse());
        gate.afterCompletion(slow, new MockHttpServletResponse(), null, null);

        assertThat(turns.databaseOut()).isFalse();
    }

    private boolean admitted(MockHttpServletRequest request) {
        try {
            return gate.preHandle(request, new MockHttpServletResponse(), null);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static MockHttpServletRequest reader(String uri) {
        int query = uri.indexOf('?');
        MockHttpServletRequest request = new MockHttpServletRequest("GET", query < 0 ? uri : uri.substring(0, query));
        if (query >= 0) {
            request.setQueryString(uri.substring(query + 1));
        }
        return request;
    }
}
