package com.partnershiptracker.audit;

import com.partnershiptracker.database.ReadOnlyJdbc;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.concurrent.atomic.AtomicLong;

/**
 * How far the record has changed. Every save writes a revision, so the newest revision number
 * moves with saves made by any instance of the app; this instance also counts its own commits,
 * because a revision number is taken before its transaction commits and a slower transaction can
 * commit an older number after a newer one is already visible.
 */
@Component
public class ChangeStamp {

    private static final AtomicLong COMMITS_HERE = new AtomicLong();

    private final ReadOnlyJdbc jdbc;

    // Read where the page it guards is read: from a replica, when there are replicas (ReadOnlyJdbc).
    ChangeStamp(ReadOnlyJdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** The stamp now, in one statement that reads an index. */
    public Stamp current() {
        long newestRevision = jdbc.read(sql -> sql.sql("select coalesce(max(rev), 0) from revinfo").query(Long.class).single());
        return new Stamp(newestRevision, COMMITS_HERE.get());
    }

    /** Counts the current transaction's commit, once it has committed; outside a transaction there is nothing to count. */
    static void countCommitOfCurrentTransaction() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    COMMITS_HERE.incrementAndGet();
                }
            });
        }
    }

    /** Two stamps are equal only if no save has committed between them, as far as this instance can tell. */
    public record Stamp(long newestRevision, long commitsHere) {
    }
}
