package com.partnershiptracker.organization;

import com.partnershiptracker.support.PassMarks;
import com.partnershiptracker.support.PostgresTest;
import com.partnershiptracker.support.TestRecords;
import com.partnershiptracker.support.TimelineCopy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Two editors each make one half of a cycle at the same moment: X under Y, and Y under X. Each
 * passes the Java check, which sees the records as its own transaction loaded them; the database
 * check (a lock row, then a recursive query over the stored parents) lets only the first commit.
 */
@PostgresTest
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class ConcurrentParentChangeTests {

    @RegisterExtension
    static final PassMarks MARKS = new PassMarks("5. The record cannot be corrupted");

    @Autowired
    OrganizationService organizations;

    @Autowired
    TestRecords records;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @AfterEach
    void cleanUp() {
        jdbc.sql("update organizations set parent_id = null where slug like 'concurrent-%'").update();
        jdbc.sql("delete from organizations_aud where slug like 'concurrent-%'").update();
        jdbc.sql("delete from organizations where slug like 'concurrent-%'").update();
        TimelineCopy.rebuildFromViews(jdbc);
    }

    @Test
    void twoEditorsMakingTheTwoHalvesOfACycleCannotBothCommit() throws Exception {
        Organization x = records.organization("concurrent-x", OrganizationKind.FINANCIAL_GROUP);
        Organization y = records.organization("concurrent-y", OrganizationKind.BANK);

        CompletableFuture<Throwable> second = new TransactionTemplate(transactions).execute(status -> {
            organizations.update(x.getId(), x.getVersion(), placeUnder("concurrent-y"));
            // The first editor holds the lock, its change flushed but not committed, when the second saves.
            CompletableFuture<Throwable> other = CompletableFuture.supplyAsync(() -> {
                try {
                    organizations.update(y.getId(), y.getVersion(), placeUnder("concurrent-x"));
                    return null;
                } catch (RuntimeException e) {
                    return e;
                }
            });
            awaitSomeoneWaitingForTheHierarchyLock(other);
            return other;
        });

        Throwable refusal = second.get(30, TimeUnit.SECONDS);
        boolean oneCommitted = parentOf("concurrent-x") != null ^ parentOf("concurrent-y") != null;
        MARKS.record("A cycle by two editors at once (X under Y and Y under X, each in its own transaction)",
                (oneCommitted ? "1" : "not exactly 1") + " of 2 committed; the second "
                        + (refusal == null ? "COMMITTED" : "was refused: " + refusal.getMessage()),
                oneCommitted && refusal instanceof IllegalArgumentException);
        assertThat(refusal).isInstanceOf(IllegalArgumentException.class).hasMessage("validation.parentCycle");
        assertThat(parentOf("concurrent-x")).isEqualTo(y.getId());
        assertThat(parentOf("concurrent-y")).isNull();
    }

    @Test
    void aParentChangeThatMakesNoCycleStillCommitsAfterWaitingForTheLock() {
        Organization x = records.organization("concurrent-a", OrganizationKind.FINANCIAL_GROUP);
        Organization y = records.organization("concurrent-b", OrganizationKind.BANK);
        Organization z = records.organization("concurrent-c", OrganizationKind.OTHER);

        organizations.update(x.getId(), x.getVersion(), placeUnder("concurrent-b"));
        organizations.update(z.getId(), z.getVersion(), placeUnder("concurrent-a"));

        assertThat(parentOf("concurrent-a")).isEqualTo(y.getId());
        assertThat(parentOf("concurrent-c")).isEqualTo(x.getId());
        assertThatThrownBy(() -> organizations.update(y.getId(), y.getVersion(), placeUnder("concurrent-c")))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("validation.parentCycle");
    }

    private static OrganizationChange placeUnder(String parentSlug) {
        return (organization, bySlug) -> organization.placeUnder(bySlug.apply(parentSlug).orElseThrow());
    }

    private Long parentOf(String slug) {
        return jdbc.sql("select parent_id from organizations where slug = ?").param(slug).query(Long.class).optional()
                .orElse(null);
    }

    /** Bounded in count: the other transaction either waits for the lock row or has finished. */
    private void awaitSomeoneWaitingForTheHierarchyLock(CompletableFuture<Throwable> other) {
        for (int attempt = 0; attempt < 600 && !other.isDone(); attempt++) {
            // Inside a transaction, PostgreSQL keeps showing the activity it saw first unless told to look again.
            jdbc.sql("select pg_stat_clear_snapshot()").query(Object.class).list();
            long waiting = jdbc.sql("""
                            select count(*) from pg_stat_activity
                            where wait_event_type = 'Lock' and query like '%organization_hierarchy_lock%'""")
                    .query(Long.class).single();
            if (waiting > 0) {
                return;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        throw new AssertionError("The second editor neither waited for the lock nor finished: " + other);
    }
}
