package com.partnershiptracker.timeline;

import com.partnershiptracker.organization.Organization;
import com.partnershiptracker.organization.OrganizationKind;
import com.partnershiptracker.organization.OrganizationRelation;
import com.partnershiptracker.organization.OrganizationService;
import com.partnershiptracker.organization.RelationKind;
import com.partnershiptracker.shared.Bilingual;
import com.partnershiptracker.shared.PartialDate;
import com.partnershiptracker.support.PostgresTest;
import com.partnershiptracker.support.TimelineCopy;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two editors rename the two ends of one relation at the same moment: both transactions rewrite the
 * relation's timeline rows, and the second must wait for the first and then replace its rows,
 * not fail on them.
 */
@PostgresTest
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class ConcurrentTimelineRowsTests {

    @Autowired
    OrganizationService organizations;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    JdbcClient jdbc;

    @PersistenceContext
    EntityManager entityManager;

    @AfterEach
    void removeTheRecords() {
        jdbc.sql("delete from organization_relations where subject_id in (select id from organizations where slug like 'race-%')").update();
        jdbc.sql("delete from organizations where slug like 'race-%'").update();
        TimelineCopy.rebuildFromViews(jdbc);
    }

    @Test
    void twoRenamesThatRewriteTheSameRelationBothCommitAndLeaveTheCopyInStep() throws Exception {
        Organization holder = organizations.save(new Organization("race-holder", Bilingual.of("지주", "Holder"), OrganizationKind.BANK));
        Organization held = organizations.save(new Organization("race-held", Bilingual.of("자회사", "Held"), OrganizationKind.FINTECH));
        OrganizationRelation holds = new OrganizationRelation(holder, RelationKind.MAJOR_SHAREHOLDER_OF, held);
        holds.holdsDuring(PartialDate.ofMonth(2020, 7), null);
        organizations.save(holds);
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        CountDownLatch firstHasFlushed = new CountDownLatch(1);

        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> transaction.executeWithoutResult(status -> {
            Organization renamed = organizations.getBySlug("race-holder");
            renamed.rename(Bilingual.of("새 지주", "New Holder"));
            organizations.save(renamed);
            entityManager.flush();
            firstHasFlushed.countDown();
            pause(700);
        }));
        assertThat(firstHasFlushed.await(10, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<Void> second = CompletableFuture.runAsync(() -> transaction.executeWithoutResult(status -> {
            Organization renamed = organizations.getBySlug("race-held");
            renamed.rename(Bilingual.of("새 자회사", "New Held"));
            organizations.save(renamed);
        }));

        first.get(20, TimeUnit.SECONDS);
        second.get(20, TimeUnit.SECONDS);
        assertThat(TimelineCopy.differences(jdbc)).isEmpty();
        assertThat(jdbc.sql("select title_en || ' / ' || detail_en from timeline_entry_rows where entry_kind = 'RELATION_STARTED'"
                + " and link_key = 'race-holder'").query(String.class).single()).isEqualTo("New Holder / New Held");
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
