package com.partnershiptracker.database;

/**
 * Where the current web request's read-only work goes, once its first read-only transaction chose: every later one
 * in the request reads the same database, so that a page is never rendered from data older than the change stamp
 * the page cache read for it (a stamp from one replica and rows from a replica further behind would cache a stale
 * page as current). Cleared by {@link RequestDatabaseScope} when the request ends.
 */
final class RequestReadTarget {

    /** The primary, as opposed to a replica's index. */
    static final int PRIMARY = -1;

    private static final ThreadLocal<Integer> CHOSEN = new ThreadLocal<>();

    private RequestReadTarget() {
    }

    /** The target chosen earlier in this request, or null (none yet, or no request). */
    static Integer chosen() {
        return CHOSEN.get();
    }

    static void choose(int target) {
        if (RequestDatabaseScope.isActive()) {
            CHOSEN.set(target);
        }
    }

    static void forget() {
        CHOSEN.remove();
    }
}
