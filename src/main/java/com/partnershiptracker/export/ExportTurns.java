package com.partnershiptracker.export;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;

/**
 * Turns to read the database for an export. Each export holds a connection of the pool for its whole
 * transfer, so only {@code app.exports.max-concurrent} (2) read at once and the public pages keep the
 * rest. The next wait in a line, in order of arrival, for up to {@code app.exports.max-wait} (5m);
 * past {@code app.exports.max-waiting} (16) in line, the next is refused at once, so that waiting
 * exports never take every request thread. One in line holds no connection, and leaves the line as
 * soon as its client hangs up.
 */
final class ExportTurns {

    /** How often one in line asks whether its client is still there. */
    static final Duration HANG_UP_CHECK = Duration.ofMillis(250);

    private final int maxConcurrent;
    private final Duration maxWait;
    private final int maxWaiting;
    private final Deque<Place> line = new ArrayDeque<>();
    private int reading;

    ExportTurns(int maxConcurrent, Duration maxWait, int maxWaiting) {
        this.maxConcurrent = maxConcurrent;
        this.maxWait = maxWait;
        this.maxWaiting = maxWaiting;
    }

    /** A turn at once, when one is free and nobody is in line for it; otherwise null. */
    synchronized Turn takeIfFree() {
        if (reading >= maxConcurrent || !line.isEmpty()) {
            return null;
        }
        reading++;
        return new Turn();
    }

    /** A place at the end of the line, or null when the line is full. */
    synchronized Place joinLine() {
        if (line.size() >= maxWaiting) {
            return null;
        }
        Place place = new Place();
        line.add(place);
        return place;
    }

    synchronized int waiting() {
        return line.size();
    }

    /** Hands a turn that ends to the first in line, or frees it. */
    private synchronized void passOn() {
        Place next = line.poll();
        if (next == null) {
            reading--;
        } else {
            next.called.countDown();
        }
    }

    private synchronized boolean leaveLine(Place place) {
        return line.remove(place);
    }

    /** The right to read the database for one export: closing it passes it on. */
    final class Turn implements AutoCloseable {

        private final AtomicBoolean ended = new AtomicBoolean();

        private Turn() {
        }

        @Override
        public void close() {
            if (ended.compareAndSet(false, true)) {
                passOn();
            }
        }
    }

    /** A place in line. Closing it gives it back, or passes on the turn it was given and did not take. */
    final class Place implements AutoCloseable {

        private final CountDownLatch called = new CountDownLatch(1);
        private boolean taken;
        private boolean closed;

        private Place() {
        }

        /**
         * Waits for the turn, asking every {@link #HANG_UP_CHECK} whether the client has hung up.
         *
         * @return the turn, or null when the client hung up first
         * @throws ExportCutShort when no turn came within max-wait, or the server is stopping
         */
        Turn await(BooleanSupplier hungUp) {
            long deadline = System.nanoTime() + maxWait.toNanos();
            try {
                while (!called.await(Math.min(HANG_UP_CHECK.toNanos(), deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                    if (hungUp.getAsBoolean()) {
                        return null;
                    }
                    if (System.nanoTime() - deadline >= 0) {
                        throw new ExportCutShort("no turn to read within " + maxWait.toSeconds() + " s: too many exports at once");
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ExportCutShort("the server is stopping");
            }
            taken = true;
            return new Turn();
        }

        @Override
        public void close() {
            if (closed) {
                return;
            }
            closed = true;
            if (!leaveLine(this) && !taken) {
                // Called as it was leaving: the turn goes to the next in line.
                passOn();
            }
        }
    }
}
