package com.partnershiptracker.database;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.transaction.support.DefaultTransactionStatus;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class ReadYourWritesTests {

    static final Instant NOW = Instant.parse("2026-12-06T12:00:00Z");

    final ReplicaRoutingTests.FakePositions positions = new ReplicaRoutingTests.FakePositions();
    final ReadYourWrites readYourWrites = new ReadYourWrites(positions, Duration.ofSeconds(10), Clock.fixed(NOW, ZoneOffset.UTC));

    @AfterEach
    void noRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void aCommittedWriteInASessionKeepsThePrimarysPositionAndTheTimeInIt() {
        MockHttpSession session = inRequest(new MockHttpSession());
        positions.set(4_242, 0, 0);

        readYourWrites.afterCommit(writing(), null);

        assertThat(session.getAttribute(ReadYourWrites.ATTRIBUTE)).isEqualTo("4242@" + NOW.toEpochMilli());
        assertThat(readYourWrites.positionToSee()).isEqualTo(4_242);
    }

    @Test
    void readOnlyWorkFailedCommitsAndRequestsWithoutASessionKeepNothing() {
        MockHttpSession session = inRequest(new MockHttpSession());
        readYourWrites.afterCommit(readOnly(), null);
        readYourWrites.afterCommit(writing(), new IllegalStateException("commit failed"));
        assertThat(session.getAttribute(ReadYourWrites.ATTRIBUTE)).isNull();

        inRequest(null);
        readYourWrites.afterCommit(writing(), null);
        assertThat(readYourWrites.positionToSee()).isEqualTo(ReadYourWrites.NONE);
    }

    @Test
    void aSaveOlderThanTheWindowOrUnreadableNoLongerPinsTheSession() {
        MockHttpSession session = inRequest(new MockHttpSession());

        session.setAttribute(ReadYourWrites.ATTRIBUTE, "77@" + NOW.minusSeconds(11).toEpochMilli());
        assertThat(readYourWrites.positionToSee()).isEqualTo(ReadYourWrites.NONE);

        session.setAttribute(ReadYourWrites.ATTRIBUTE, "77@" + NOW.minusSeconds(9).toEpochMilli());
        assertThat(readYourWrites.positionToSee()).isEqualTo(77);

        session.setAttribute(ReadYourWrites.ATTRIBUTE, "garbage");
        assertThat(readYourWrites.positionToSee()).isEqualTo(ReadYourWrites.NONE);
    }

    @Test
    void whenThePrimarysPositionCannotBeReadTheSessionWaitsOutTheWindow() {
        MockHttpSession session = inRequest(new MockHttpSession());
        ReadYourWrites unknowing = new ReadYourWrites(new ReplicaRoutingTests.FakePositions() {
            @Override
            public long primaryLsn() {
                throw new org.springframework.dao.DataAccessResourceFailureException("primary busy");
            }
        }, Duration.ofSeconds(10), Clock.fixed(NOW, ZoneOffset.UTC));

        unknowing.afterCommit(writing(), null);

        assertThat(session.getAttribute(ReadYourWrites.ATTRIBUTE)).isEqualTo(Long.MAX_VALUE + "@" + NOW.toEpochMilli());
    }

    private static MockHttpSession inRequest(MockHttpSession session) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        if (session != null) {
            request.setSession(session);
        }
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        return session;
    }

    private static DefaultTransactionStatus writing() {
        return new DefaultTransactionStatus("save", new Object(), true, true, false, false, false, null);
    }

    private static DefaultTransactionStatus readOnly() {
        return new DefaultTransactionStatus("read", new Object(), true, true, false, true, false, null);
    }
}
