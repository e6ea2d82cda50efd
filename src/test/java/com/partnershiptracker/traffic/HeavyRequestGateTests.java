package com.partnershiptracker.traffic;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class HeavyRequestGateTests {

    final HeavyRequestGate gate = new HeavyRequestGate(2, Duration.ZERO);

    @Test
    void requestsOverTheLimitGet503WithRetryAfterAndTheirTurnComesWhenOneEnds() throws Exception {
        MockHttpServletRequest first = new MockHttpServletRequest("GET", "/agreements.csv");
        MockHttpServletRequest second = new MockHttpServletRequest("GET", "/agreements.csv");
        assertThat(gate.preHandle(first, new MockHttpServletResponse(), null)).isTrue();
        assertThat(gate.preHandle(second, new MockHttpServletResponse(), null)).isTrue();

        MockHttpServletResponse third = new MockHttpServletResponse();
        assertThat(gate.preHandle(new MockHttpServletRequest("GET", "/network"), third, null)).isFalse();
        assertThat(third.getStatus()).isEqualTo(503);
        assertThat(third.getHeader("Retry-After")).isEqualTo(HeavyRequestGate.RETRY_AFTER_SECONDS);

        gate.afterCompletion(first, new MockHttpServletResponse(), null, null);
        assertThat(gate.preHandle(new MockHttpServletRequest("GET", "/network"), new MockHttpServletResponse(), null)).isTrue();
    }

    @Test
    void aRefusedRequestGivesBackNothingItDidNotTake() throws Exception {
        MockHttpServletRequest held = new MockHttpServletRequest();
        gate.preHandle(held, new MockHttpServletResponse(), null);
        gate.preHandle(new MockHttpServletRequest(), new MockHttpServletResponse(), null);
        MockHttpServletRequest refused = new MockHttpServletRequest();
        gate.preHandle(refused, new MockHttpServletResponse(), null);

        gate.afterCompletion(refused, new MockHttpServletResponse(), null, null);

        assertThat(gate.available()).isZero();
        gate.afterCompletion(held, new MockHttpServletResponse(), null, null);
        assertThat(gate.available()).isEqualTo(1);
    }

    @Test
    void pastTheWaitingLimitTheNextIsRefusedAtOnceAndTheWaitingOneGetsTheFreedTurn() throws Exception {
        HeavyRequestGate exports = new HeavyRequestGate(1, Duration.ofSeconds(30), 1);
        MockHttpServletRequest running = new MockHttpServletRequest("GET", "/agreements.csv");
        assertThat(exports.preHandle(running, new MockHttpServletResponse(), null)).isTrue();
        CompletableFuture<Boolean> waiting = CompletableFuture.supplyAsync(() -> admitted(exports));
        while (exports.waiting() == 0) {
            Thread.sleep(5);
        }

        long started = System.nanoTime();
        MockHttpServletResponse refused = new MockHttpServletResponse();
        assertThat(exports.preHandle(new MockHttpServletRequest("GET", "/timeline.csv"), refused, null)).isFalse();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
        assertThat(refused.getStatus()).isEqualTo(503);

        exports.afterCompletion(running, new MockHttpServletResponse(), null, null);
        assertThat(waiting.get(10, TimeUnit.SECONDS)).isTrue();
    }

    private static boolean admitted(HeavyRequestGate gate) {
        try {
            return gate.preHandle(new MockHttpServletRequest("GET", "/agreements.csv"), new MockHttpServletResponse(), null);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
