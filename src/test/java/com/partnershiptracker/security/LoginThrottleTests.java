package com.partnershiptracker.security;

import com.partnershiptracker.support.PassMarks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class LoginThrottleTests {

    @RegisterExtension
    static final PassMarks MARKS = new PassMarks("Login guessing");

    private final MovableClock clock = new MovableClock();
    private final LoginThrottle throttle = new LoginThrottle(clock);

    @Test
    void blocksAUserAndClientAfterFiveFailures() {
        for (int i = 0; i < 4; i++) {
            throttle.admit("editor", "10.0.0.1");
        }
        assertThat(throttle.isBlocked("editor", "10.0.0.1")).isFalse();
        throttle.admit("EDITOR", "10.0.0.1");
        assertThat(throttle.isBlocked("editor", "10.0.0.1")).isTrue();
    }

    @Test
    void anotherClientIsNotBlocked() {
        for (int i = 0; i < 5; i++) {
            throttle.admit("admin", "10.0.0.66");
        }
        boolean guesserBlocked = throttle.isBlocked("admin", "10.0.0.66");
        boolean otherClientBlocked = throttle.isBlocked("admin", "10.0.0.1");
        MARKS.record("the throttle: 5 failures block the user from that client only",
                "the guesser's client " + (guesserBlocked ? "blocked" : "not blocked") + ", another client "
                        + (otherClientBlocked ? "blocked" : "not blocked"), guesserBlocked && !otherClientBlocked);
        assertThat(guesserBlocked).isTrue();
        assertThat(otherClientBlocked).isFalse();
    }

    @Test
    void unblocksOnceTheFailuresAreFifteenMinutesOld() {
        for (int i = 0; i < 5; i++) {
            throttle.admit("editor", "10.0.0.1");
        }
        clock.advance(Duration.ofMinutes(15).plusSeconds(1));
        boolean blocked = throttle.isBlocked("editor", "10.0.0.1");
        MARKS.record("the throttle: the block ends once the failures are 15 minutes old",
                "15 min 1 s after 5 failures: " + (blocked ? "still blocked" : "unblocked"), !blocked);
        assertThat(blocked).isFalse();
    }

    @Test
    void aSuccessClearsTheCount() {
        for (int i = 0; i < 4; i++) {
            throttle.admit("editor", "10.0.0.1");
        }
        throttle.recordSuccess("editor", "10.0.0.1");
        throttle.admit("editor", "10.0.0.1");
        assertThat(throttle.isBlocked("editor", "10.0.0.1")).isFalse();
    }

    @Test
    void aCheckGivenBackDoesNotCount() {
        for (int i = 0; i < 5; i++) {
            throttle.admit("editor", "10.0.0.1");
        }
        throttle.giveBack("editor", "10.0.0.1");
        assertThat(throttle.isBlocked("editor", "10.0.0.1")).isFalse();
        assertThat(throttle.admit("editor", "10.0.0.1")).isTrue();
        assertThat(throttle.admit("editor", "10.0.0.1")).isFalse();
    }

    @Test
    void admitsFiveChecksAndRefusesTheSixth() {
        for (int i = 0; i < 5; i++) {
            assertThat(throttle.admit("editor", "10.0.0.1")).isTrue();
        }
        assertThat(throttle.admit("editor", "10.0.0.1")).isFalse();
        assertThat(throttle.admit(" Editor ", "10.0.0.1")).isFalse();
    }

    @Test
    void concurrentGuessesCannotSlipInBeforeTheFirstFailureIsCounted() throws Exception {
        int guesses = 100;
        ExecutorService pool = Executors.newFixedThreadPool(16);
        CountDownLatch start = new CountDownLatch(1);
        AtomicInteger admitted = new AtomicInteger();
        List<Future<?>> done = new ArrayList<>();
        for (int i = 0; i < guesses; i++) {
            done.add(pool.submit(() -> {
                start.await();
                if (throttle.admit("admin", "203.0.113.5")) {
                    admitted.incrementAndGet();
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> each : done) {
            each.get();
        }
        pool.shutdown();
        MARKS.record("the throttle: 100 concurrent guesses admit exactly 5 password checks",
                admitted.get() + " admitted of " + guesses + " (16 threads)", admitted.get() == LoginThrottle.MAX_FAILURES);
        assertThat(admitted.get()).isEqualTo(LoginThrottle.MAX_FAILURES);
    }

    @Test
    void aHugeUsernameIsCountedUnderItsFirstCharacters() {
        String huge = "x".repeat(1_000_000);
        for (int i = 0; i < 5; i++) {
            throttle.admit(huge + i, "10.0.0.1");
        }
        assertThat(throttle.isBlocked(huge + "other", "10.0.0.1")).isTrue();
        assertThat(throttle.isBlocked("x".repeat(60), "10.0.0.1")).isFalse();
    }
}
