package com.partnershiptracker.security;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class SessionLifetimeLimitTests {

    private static final Duration LIFETIME = Duration.ofHours(12);

    @Test
    void endsASessionOlderThanItsAbsoluteLifetimeHoweverActive() throws Exception {
        MockHttpSession session = new MockHttpSession();
        session.setAttribute("SPRING_SECURITY_CONTEXT", "signed in");
        Clock thirteenHoursLater = Clock.fixed(Instant.ofEpochMilli(session.getCreationTime()).plus(Duration.ofHours(13)), ZoneOffset.UTC);

        run(session, thirteenHoursLater);

        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void keepsAYoungerSession() throws Exception {
        MockHttpSession session = new MockHttpSession();
        Clock elevenHoursLater = Clock.fixed(Instant.ofEpochMilli(session.getCreationTime()).plus(Duration.ofHours(11)), ZoneOffset.UTC);

        run(session, elevenHoursLater);

        assertThat(session.isInvalid()).isFalse();
    }

    @Test
    void createsNoSessionForARequestWithout() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
        new SessionLifetimeLimit(LIFETIME, Clock.systemUTC()).doFilter(request, new MockHttpServletResponse(), new MockFilterChain());
        assertThat(request.getSession(false)).isNull();
    }

    private static void run(MockHttpSession session, Clock clock) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/admin");
        request.setSession(session);
        MockFilterChain chain = new MockFilterChain();
        new SessionLifetimeLimit(LIFETIME, clock).doFilter(request, new MockHttpServletResponse(), chain);
        assertThat(chain.getRequest()).as("the request goes on").isNotNull();
    }
}
