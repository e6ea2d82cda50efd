package com.partnershiptracker.database;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * How far behind a replica is, in seconds. The primary's WAL position is sampled at every check; a replica that has
 * replayed up to a sample is at most as old as that sample. The age of the replica's last replayed transaction alone
 * would not do: it grows while the primary is idle, so a replica that is fully caught up would look late, and the
 * first save after a quiet hour would make it look an hour late. That age is used only when the replica is behind
 * every sample kept.
 */
class ReplicaLag {

    private static final double NANOS_PER_SECOND = 1_000_000_000.0;

    private final long keptNanos;
    private final Deque<Sample> primarySamples = new ArrayDeque<>();

    ReplicaLag(java.time.Duration kept) {
        this.keptNanos = kept.toNanos();
    }

    synchronized void primaryWasAt(long lsn, long nowNanos) {
        primarySamples.addLast(new Sample(lsn, nowNanos));
        while (primarySamples.size() > 1 && nowNanos - primarySamples.peekFirst().nanos() > keptNanos) {
            primarySamples.removeFirst();
        }
    }

    /** The replica's lag now; 0 for a server that is not replaying (it is as fresh as itself). */
    synchronized double secondsBehind(WalPositions.ReplayPosition replica, long nowNanos) {
        if (!replica.inRecovery()) {
            return 0;
        }
        if (replica.replayedLsn() == null) {
            return Double.POSITIVE_INFINITY;
        }
        var newestFirst = primarySamples.descendingIterator();
        while (newestFirst.hasNext()) {
            Sample sample = newestFirst.next();
            if (sample.lsn() <= replica.replayedLsn()) {
                return Math.max(0, (nowNanos - sample.nanos()) / NANOS_PER_SECOND);
            }
        }
        double behindEverySample = primarySamples.isEmpty() ? 0 : (nowNanos - primarySamples.peekFirst().nanos()) / NANOS_PER_SECOND;
        double lastReplayAge = replica.lastReplayAgeSeconds() == null ? Double.POSITIVE_INFINITY : replica.lastReplayAgeSeconds();
        return Math.max(behindEverySample, lastReplayAge);
    }

    private record Sample(long lsn, long nanos) {
    }
}
