package com.partnershiptracker.security;

import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Allows at most {@value #MAX_FAILURES} password checks per username and client within
 * {@link #WINDOW}, unless one of them succeeds. A check is counted when it is admitted, before the
 * password is hashed, so that concurrent guesses cannot all slip in before the first failure is
 * recorded. A refused attempt returns at once: nothing sleeps. Another client is not affected, so
 * a guesser cannot lock the real user out.
 */
@Component
class LoginThrottle {

    static final int MAX_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);
    private static final int MAX_TRACKED_PAIRS = 100_000;
    /** Longer than any username can be (60), so that distinct accounts never share a count. */
    private static final int KEY_USERNAME_LENGTH = 64;

    private final Map<String, Deque<Instant>> attempts = new ConcurrentHashMap<>();
    private final Clock clock;

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /**
     * Admits one password check for the pair and counts it as a failure until {@link #recordSuccess}
     * clears the count; refuses it (and counts nothing) when the pair has used up its checks.
     */
    boolean admit(String username, String client) {
        if (attempts.size() > MAX_TRACKED_PAIRS) {
            forgetExpired();
        }
        Instant now = Instant.now(clock);
        boolean[] admitted = {false};
        // compute() runs atomically per key: the count and the check cannot race.
        attempts.compute(key(username, client), (key, recent) -> {
            Deque<Instant> kept = recent == null ? new ArrayDeque<>() : recent;
            prune(kept, now);
            if (kept.size() < MAX_FAILURES) {
                kept.addLast(now);
                admitted[0] = true;
            }
            return kept.isEmpty() ? null : kept;
        });
        return admitted[0];
    }

    /** Whether the next attempt for the pair would be refused; counts nothing. */
    boolean isBlocked(String username, String client) {
        Instant now = Instant.now(clock);
        Deque<Instant> recent = attempts.computeIfPresent(key(username, client), (key, kept) -> {
            prune(kept, now);
            return kept.isEmpty() ? null : kept;
        });
        return recent != null && recent.size() >= MAX_FAILURES;
    }

    /** Gives back the check admitted last for the pair: it never reached a password (the accounts could not be read). */
    void giveBack(String username, String client) {
        attempts.computeIfPresent(key(username, client), (key, kept) -> {
            kept.pollLast();
            return kept.isEmpty() ? null : kept;
        });
    }

    void recordSuccess(String username, String client) {
        attempts.remove(key(username, client));
    }

    private void forgetExpired() {
        Instant now = Instant.now(clock);
        for (String key : attempts.keySet()) {
            attempts.computeIfPresent(key, (k, kept) -> {
                prune(kept, now);
                return kept.isEmpty() ? null : kept;
            });
        }
    }

    private static void prune(Deque<Instant> recent, Instant now) {
        Instant cutoff = now.minus(WINDOW);
        while (!recent.isEmpty() && !recent.peekFirst().isAfter(cutoff)) {
            recent.removeFirst();
        }
    }

    private static String key(String username, String client) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        if (name.length() > KEY_USERNAME_LENGTH) {
            name = name.substring(0, KEY_USERNAME_LENGTH);
        }
        return name + "\u0000" + client;
    }
}
