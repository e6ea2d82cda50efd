package com.partnershiptracker.traffic;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Turns to render a page: a few at once, the rest in a line served in order of arrival, each handed
 * its turn by the render before it. The line also knows when the database is out of reach. A render
 * blocked on a frozen database holds its turn until its own timeout, so a reader queued behind it
 * would wait that long for a turn and as long again for its own failure. Instead, the first render
 * that cannot reach the database answers everyone in line at once, and from then on one reader at a
 * time is let through to try (a probe) while the others are answered at once, until a render gets
 * through again.
 *
 * <p>While an editor's save runs, renders are let in one at a time: on two cores a save that shares them
 * with a handful of renders and their queries takes several times as long, and saves are few (a save of
 * ~40 ms alone took ~165 ms at the median under the bench's mix, ~90-120 ms with this).
 */
final class RenderTurns {

    enum Answer {
        /** A turn: give it back with {@link #giveBack} when the render ends. */
        TURN,
        /** The one try of the database while it is out of reach, outside the turns: give it back too. */
        PROBE,
        /** The line is full, or the wait ran out. */
        BUSY,
        /** The database was out of reach for the last render, and another reader is trying it now. */
        DATABASE_OUT
    }

    private final int maxConcurrent;
    private final long maxWaitNanos;
    private final int maxWaiting;
    private final ReentrantLock lock = new ReentrantLock();
    private final ArrayDeque<Waiter> line = new ArrayDeque<>();
    private int rendering;
    private int editors;
    private boolean databaseOut;
    private boolean probing;

    RenderTurns(int maxConcurrent, Duration maxWait, int maxWaiting) {
        if (maxConcurrent < 1 || maxWaiting < 0) {
            throw new IllegalArgumentException("at least one turn, and no negative line");
        }
        this.maxConcurrent = maxConcurrent;
        this.maxWaitNanos = maxWait.toNanos();
        this.maxWaiting = maxWaiting;
    }

    Answer take() {
        lock.lock();
        try {
            if (databaseOut) {
                if (probing) {
                    return Answer.DATABASE_OUT;
                }
                // The probe does not count against the turns: those may all be held by renders still blocked.
                probing = true;
                return Answer.PROBE;
            }
            if (rendering < limit() && line.isEmpty()) {
                rendering++;
                return Answer.TURN;
            }
            if (line.size() >= maxWaiting) {
                return Answer.BUSY;
            }
            return waitInLine();
        } finally {
            lock.unlock();
        }
    }

    private Answer waitInLine() {
        Waiter me = new Waiter(lock.newCondition());
        line.addLast(me);
        long left = maxWaitNanos;
        try {
            while (me.answer == null && left > 0) {
                left = me.called.awaitNanos(left);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            if (me.answer == Answer.TURN) {
                handOn(Answer.TURN, false);
            } else {
                line.remove(me);
            }
            return Answer.BUSY;
        }
        if (me.answer == null) {
            line.remove(me);
            return Answer.BUSY;
        }
        return me.answer;
    }

    /** Ends a render that had a turn or was the probe; outOfReach says whether it failed to reach the database. */
    void giveBack(Answer taken, boolean outOfReach) {
        lock.lock();
        try {
            handOn(taken, outOfReach);
        } finally {
            lock.unlock();
        }
    }

    private void handOn(Answer taken, boolean outOfReach) {
        if (taken == Answer.PROBE) {
            probing = false;
        } else {
            rendering--;
        }
        if (outOfReach) {
            databaseOut = true;
            for (Waiter waiter : line) {
                waiter.call(Answer.DATABASE_OUT);
            }
            line.clear();
            return;
        }
        databaseOut = false;
        callNext();
    }

    private void callNext() {
        while (rendering < limit() && !line.isEmpty()) {
            rendering++;
            line.pollFirst().call(Answer.TURN);
        }
    }

    private int limit() {
        return editors > 0 ? 1 : maxConcurrent;
    }

    /** An editor's save begins: renders are let in one at a time until every save has ended. */
    void editorIn() {
        lock.lock();
        try {
            editors++;
        } finally {
            lock.unlock();
        }
    }

    void editorOut() {
        lock.lock();
        try {
            editors--;
            if (!databaseOut) {
                callNext();
            }
        } finally {
            lock.unlock();
        }
    }

    int free() {
        lock.lock();
        try {
            return maxConcurrent - rendering;
        } finally {
            lock.unlock();
        }
    }

    int waiting() {
        lock.lock();
        try {
            return line.size();
        } finally {
            lock.unlock();
        }
    }

    boolean databaseOut() {
        lock.lock();
        try {
            return databaseOut;
        } finally {
            lock.unlock();
        }
    }

    private static final class Waiter {
        private final Condition called;
        private Answer answer;

        private Waiter(Condition called) {
            this.called = called;
        }

        private void call(Answer answer) {
            this.answer = answer;
            called.signal();
        }
    }
}
