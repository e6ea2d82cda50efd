package com.partnershiptracker.traffic;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts the requests whose bodies are being read, per client and in all, and refuses a new one
 * over either cap. A request thread reading a body waits for the client, so a client that sends
 * its body a byte at a time holds a thread: the caps keep such clients to a share of the threads.
 */
final class BodiesInFlight {

    private final int perClient;
    private final int inAll;
    private final ConcurrentHashMap<String, Integer> byClient = new ConcurrentHashMap<>();
    private final AtomicInteger total = new AtomicInteger();

    BodiesInFlight(int perClient, int inAll) {
        this.perClient = perClient;
        this.inAll = inAll;
    }

    /** Takes a slot for the client, or returns false, taking nothing, when the client or the server is at its cap. */
    boolean tryEnter(String client) {
        if (total.incrementAndGet() > inAll) {
            total.decrementAndGet();
            return false;
        }
        boolean[] entered = {false};
        byClient.compute(client, (key, count) -> {
            int now = count == null ? 0 : count;
            if (now >= perClient) {
                return count;
            }
            entered[0] = true;
            return now + 1;
        });
        if (!entered[0]) {
            total.decrementAndGet();
        }
        return entered[0];
    }

    /** Gives back a slot taken by {@link #tryEnter}. */
    void leave(String client) {
        byClient.computeIfPresent(client, (key, count) -> count <= 1 ? null : count - 1);
        total.decrementAndGet();
    }

    int inFlight() {
        return total.get();
    }
}
