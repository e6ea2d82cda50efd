package com.partnershiptracker.database;

import com.zaxxer.hikari.SQLExceptionOverride;

import java.sql.SQLException;

/**
 * A replica connection that breaks (the server stopped, or went away) marks its replica down at once, without
 * waiting for the next check, and empties its pool of the other connections that broke with it; and it tells the
 * thread, so that the read-only work it broke can run again on the primary ({@link ReplicaRetry}). Hikari asks
 * this about every SQLException on the replica's connections, and then evicts as it would anyway.
 */
final class ReplicaFailures implements SQLExceptionOverride {

    private static final ThreadLocal<Boolean> BROKEN_HERE = new ThreadLocal<>();
    private static final ThreadLocal<Boolean> ON_PRIMARY = new ThreadLocal<>();

    private final Replica replica;
    private final Runnable evictPool;

    ReplicaFailures(Replica replica, Runnable evictPool) {
        this.replica = replica;
        this.evictPool = evictPool;
    }

    @java.lang.Override
    public Override adjudicate(SQLException e) {
        if (isConnectionFailure(e)) {
            BROKEN_HERE.set(Boolean.TRUE);
            replica.down(e);
            evictPool.run();
        }
        return Override.CONTINUE_EVICT;
    }

    /** SQLState class 08 (connection exception) and PostgreSQL's shutdowns (57P01 to 57P03). */
    static boolean isConnectionFailure(SQLException e) {
        String state = e.getSQLState();
        return state != null && (state.startsWith("08") || state.startsWith("57P"));
    }

    /** Whether a replica connection broke on this thread since the last {@link #forget()}. */
    static boolean brokeHere() {
        return BROKEN_HERE.get() != null;
    }

    static void forget() {
        BROKEN_HERE.remove();
    }

    /** Whether this thread's read-only work must read the primary (it is running again after a replica broke). */
    static boolean onPrimary() {
        return ON_PRIMARY.get() != null;
    }

    /** From now until {@link #backFromPrimary()}, and for the rest of the request, read-only work reads the primary. */
    static void readPrimaryFromNow() {
        forget();
        RequestReadTarget.choose(RequestReadTarget.PRIMARY);
        ON_PRIMARY.set(Boolean.TRUE);
    }

    static void backFromPrimary() {
        ON_PRIMARY.remove();
    }
}
