package com.partnershiptracker.security;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class LoginThrottleTests {

    private final MovableClock clock = new MovableClock();
    private final LoginThrottle throttle = new LoginThrottle(clock);

    @Test
    void blocksAUserAndClientAfterFiveFailures() {
        for (int i = 0; i < 4; i++) {
            throttle.recordFailure("editor", "10.0.0.1");
        }
        assertThat(throttle.isBlocked("editor", "10.0.0.1")).isFalse();
        throttle.recordFailure("EDITOR", "10.0.0.1");
        assertThat(throttle.isBlocked("editor", "10.0.0.1")).isTrue();
    }

    @Test
    void anotherClientIsNotBlocked() {
        for (int i = 0; i < 5; i++) {
            throttle.recordFailure("admin", "10.0.0.66");
        }
        assertThat(throttle.isBlocked("admin", "10.0.0.66")).isTrue();
        assertThat(throttle.isBlocked("admin", "10.0.0.1")).isFalse();
    }

    @Test
    void unblocksOnceTheFailuresAreFifteenMinutesOld() {
        for (int i = 0; i < 5; i++) {
            throttle.recordFailure("editor", "10.0.0.1");
        }
        clock.advance(Duration.ofMinutes(15).plusSeconds(1));
        assertThat(throttle.isBlocked("editor", "10.0.0.1")).isFalse();
    }

    @Test
    void aSuccessClearsTheCount() {
        for (int i = 0; i < 4; i++) {
            throttle.recordFailure("editor", "10.0.0.1");
        }
        throttle.recordSuccess("editor", "10.0.0.1");
        throttle.recordFailure("editor", "10.0.0.1");
        assertThat(throttle.isBlocked("editor", "10.0.0.1")).isFalse();
    }

    private static final class MovableClock extends Clock {

        private Instant now = Instant.parse("2026-01-01T00:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
