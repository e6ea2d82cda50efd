package com.partnershiptracker.database;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.time.Duration;
import java.util.Locale;

/**
 * One read replica: its pool and what the last check (or the last failed connection) found. A replica is read only
 * while it answers and lags no more than {@code app.replica.max-lag}; the change either way is logged once.
 */
final class Replica {

    private static final Logger log = LoggerFactory.getLogger(Replica.class);

    private final int index;
    private final DataSource pool;
    private final Duration maxLag;
    private volatile boolean checked;
    private volatile boolean usable;
    private volatile boolean reachable;
    private volatile double lagSeconds = Double.NaN;
    private volatile long replayedLsn = -1;

    Replica(int index, DataSource pool, Duration maxLag) {
        this.index = index;
        this.pool = pool;
        this.maxLag = maxLag;
    }

    int index() {
        return index;
    }

    DataSource pool() {
        return pool;
    }

    boolean usable() {
        return usable;
    }

    /** Reachable but too far behind, as opposed to down. */
    boolean lagging() {
        return reachable && !usable;
    }

    double lagSeconds() {
        return lagSeconds;
    }

    /** The WAL position the replica had replayed at the last check; Long.MAX_VALUE for a server not replaying. */
    long replayedLsn() {
        return replayedLsn;
    }

    synchronized void answered(double lag, long replayed) {
        reachable = true;
        lagSeconds = lag;
        replayedLsn = replayed;
        boolean nowUsable = lag <= maxLag.toMillis() / 1000.0;
        if (nowUsable && !usable) {
            log.info("Replica {} usable (lag {} s): reading from it", index, seconds(lag));
        } else if (!nowUsable && (usable || !checked)) {
            log.warn("Replica {} unusable (lag {} s): reading from the primary", index, seconds(lag));
        }
        usable = nowUsable;
        checked = true;
    }

    synchronized void down(Exception cause) {
        if (usable || reachable || !checked) {
            log.warn("Replica {} unusable (down): reading from the primary ({})", index, cause.toString());
        }
        reachable = false;
        usable = false;
        lagSeconds = Double.NaN;
        checked = true;
    }

    private static String seconds(double lag) {
        return Double.isInfinite(lag) ? "unknown" : String.format(Locale.ROOT, "%.1f", lag);
    }
}
