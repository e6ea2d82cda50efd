package com.partnershiptracker.database;

/**
 * Marks a bulk write, such as an import of thousands of rows flushed chunk by chunk, during which the
 * summaries that a flush brings in step (the network's) keep collecting what changed instead of being
 * rewritten at every chunk: the flush after the bulk write rewrites each affected summary once. The
 * bulk write must flush before its transaction commits, as {@link #run} callers do.
 */
public final class BulkWork {

    private static final ThreadLocal<Boolean> RUNNING = new ThreadLocal<>();

    private BulkWork() {
    }

    public static void run(Runnable work) {
        if (isRunning()) {
            work.run();
            return;
        }
        RUNNING.set(Boolean.TRUE);
        try {
            work.run();
        } finally {
            RUNNING.remove();
        }
    }

    public static boolean isRunning() {
        return RUNNING.get() != null;
    }
}
