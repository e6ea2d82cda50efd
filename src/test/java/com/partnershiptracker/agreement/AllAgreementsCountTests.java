package com.partnershiptracker.agreement;

import com.partnershiptracker.support.SeededWebTest;
import com.partnershiptracker.support.SqlStatementCounter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** Committed writes made around the app's saves, so that the change stamp moves only when the test says. */
@SeededWebTest
class AllAgreementsCountTests {

    @Autowired
    AllAgreementsCount allAgreements;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    SqlStatementCounter statements;

    @Test
    void theCountIsKeptUntilTheChangeStampMovesAndAWritingTransactionAlwaysCountsItsOwn() {
        long before = allAgreements.now();
        assertThat(before).isEqualTo(jdbc.queryForObject("select count(*) from agreements", Long.class));
        SqlStatementCounter.Counted<Long> kept = statements.count(allAgreements::now);
        assertThat(kept.result()).isEqualTo(before);
        assertThat(kept.statements()).isEqualTo(1);

        jdbc.update("insert into agreements (title_en, kind, status) values ('Counted once', 'MOU', 'SIGNED')");
        try {
            assertThat(allAgreements.now()).as("no save has moved the stamp yet").isEqualTo(before);
            assertThat(transactions.execute(status -> Long.valueOf(allAgreements.now())).longValue()).as("a writing transaction").isEqualTo(before + 1);

            moveTheChangeStamp();
            assertThat(allAgreements.now()).isEqualTo(before + 1);
        } finally {
            jdbc.update("delete from agreements where title_en = 'Counted once'");
            moveTheChangeStamp();
        }
        assertThat(allAgreements.now()).isEqualTo(before);
    }

    private void moveTheChangeStamp() {
        jdbc.update("insert into revinfo (revtstmp, username) values (0, 'all-agreements-count-test')");
    }
}
