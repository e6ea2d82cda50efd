package com.partnershiptracker.audit;

import com.partnershiptracker.support.SeededWebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Revisions committed by another instance, with SQL: the stamp moves with each, also with one committed late under
 * an older number, as long as fewer than {@link ChangeStamp#RECENT_REVISIONS} newer numbers were taken meanwhile.
 * Beyond that the caches' time-to-live bounds the delay (PageStoreTests, OrganizationService).
 */
@SeededWebTest
class ChangeStampTests {

    @Autowired
    ChangeStamp changes;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aRevisionCommittedLateUnderAnOlderNumberMovesTheStamp() {
        long takenEarly = takeARevisionNumber();
        commitARevision(null);
        ChangeStamp.Stamp before = changes.current();

        commitARevision(takenEarly);

        ChangeStamp.Stamp after = changes.current();
        assertThat(after.newestRevision()).isEqualTo(before.newestRevision());
        assertThat(after).isNotEqualTo(before);
    }

    @Test
    void onlyARevisionCommittedAfterTheWholeWindowOfNewerNumbersGoesUnseen() {
        long takenEarly = takeARevisionNumber();
        for (int i = 0; i < ChangeStamp.RECENT_REVISIONS; i++) {
            commitARevision(null);
        }
        ChangeStamp.Stamp before = changes.current();

        commitARevision(takenEarly);

        assertThat(changes.current()).isEqualTo(before);
    }

    private long takeARevisionNumber() {
        return jdbc.queryForObject("select nextval(pg_get_serial_sequence('revinfo', 'rev'))", Long.class);
    }

    private void commitARevision(Long number) {
        if (number == null) {
            jdbc.update("insert into revinfo (revtstmp, username) values (0, 'another-instance')");
        } else {
            jdbc.update("insert into revinfo (rev, revtstmp, username) values (?, 0, 'another-instance')", number);
        }
    }
}
