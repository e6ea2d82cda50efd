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
 * Counts failed sign-ins per username and client. After {@value #MAX_FAILURES} failures within
 * {@link #WINDOW}, further attempts for that pair are refused until the oldest failure ages out.
 * Nothing sleeps: a refused attempt returns at once. Another client is not affected, so a guesser
 * cannot lock the real user out.
 */
@Component
class LoginThrottle {

    static final int MAX_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);
    private static final int MAX_TRACKED_PAIRS = 100_000;

    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    boolean isBlocked(String username, String client) {
        Deque<Instant> recent = failures.get(key(username, client));
        if (recent == null) {
            return false;
        }
        synchronized (recent) {
            prune(recent);
            return recent.size() >= MAX_FAILURES;
        }
    }

    void recordFailure(String username, String client) {
        if (failures.size() > MAX_TRACKED_PAIRS) {
            failures.values().removeIf(recent -> {
                synchronized (recent) {
                    prune(recent);
                    return recent.isEmpty();
                }
            });
        }
        Deque<Instant> recent = failures.computeIfAbsent(key(username, client), k -> new ArrayDeque<>());
        synchronized (recent) {
            prune(recent);
            recent.addLast(Instant.now(clock));
        }
    }

    void recordSuccess(String username, String client) {
        failures.remove(key(username, client));
    }

    private void prune(Deque<Instant> recent) {
        Instant cutoff = Instant.now(clock).minus(WINDOW);
        while (!recent.isEmpty() && !recent.peekFirst().isAfter(cutoff)) {
            recent.removeFirst();
        }
    }

    private static String key(String username, String client) {
        return (username == null ? "" : username.strip().toLowerCase(Locale.ROOT)) + "\u0000" + client;
    }
}
