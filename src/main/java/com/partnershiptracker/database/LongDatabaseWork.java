package com.partnershiptracker.database;

import java.util.function.Supplier;

/**
 * Runs work that a person asked for and waits on (a merge rewriting thousands of summary rows) with the
 * database wait of work outside requests ({@code app.database.socket-timeout}) instead of a page's 2 s:
 * the connection its transaction takes is not bound to the request's shorter wait.
 */
public final class LongDatabaseWork {

    private LongDatabaseWork() {
    }

    public static <T> T run(Supplier<T> work) {
        return RequestDatabaseScope.outsideRequest(work);
    }
}
