package com.partnershiptracker.organization;

import com.partnershiptracker.shared.Bilingual;
import com.partnershiptracker.support.PostgresTest;
import com.partnershiptracker.support.TimelineCopy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@PostgresTest
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class OptimisticLockingTests {

    @Autowired
    OrganizationService organizations;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void removeTheOrganization() {
        jdbc.sql("delete from organizations where slug = 'lock-test'").update();
        TimelineCopy.rebuildFromViews(jdbc);
    }

    @Test
    void aSaveFromAStaleCopyIsRefusedInsteadOfOverwritingTheNewerOne() {
        organizations.save(new Organization("lock-test", Bilingual.of("원래", "Original"), OrganizationKind.BANK));
        Organization firstEditor = organizations.getBySlug("lock-test");
        Organization secondEditor = organizations.getBySlug("lock-test");

        firstEditor.rename(Bilingual.of("첫째", "First edit"));
        organizations.save(firstEditor);
        secondEditor.rename(Bilingual.of("둘째", "Second edit"));

        assertThatThrownBy(() -> organizations.save(secondEditor))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        Organization stored = organizations.getBySlug("lock-test");
        assertThat(stored.getName().en()).isEqualTo("First edit");
        assertThat(stored.getVersion()).isEqualTo(1);
    }
}
