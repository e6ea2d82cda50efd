package com.partnershiptracker.organization;

import com.partnershiptracker.support.PostgresTest;
import com.partnershiptracker.support.TestRecords;
import jakarta.persistence.EntityManager;
import org.hibernate.Hibernate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** A cycle in the group structure is refused in Java, also when the ancestors are unloaded proxies. */
@PostgresTest
class ParentCycleTests {

    @Autowired
    TestRecords records;

    @Autowired
    EntityManager entityManager;

    @Test
    void placeUnderSeesACycleThroughAncestorsThatAreUnloadedProxies() {
        Organization x = records.organization("cycle-x", OrganizationKind.FINANCIAL_GROUP);
        Organization y = records.organization("cycle-y", OrganizationKind.BANK, x);
        Organization z = records.organization("cycle-z", OrganizationKind.OTHER, y);
        records.flushAndClear();

        Organization freshX = entityManager.find(Organization.class, x.getId());
        Organization freshZ = entityManager.find(Organization.class, z.getId());
        assertThat(Hibernate.isInitialized(freshZ.getParent())).as("Z's parent Y is a proxy not yet loaded").isFalse();

        assertThatIllegalArgumentException().isThrownBy(() -> freshX.placeUnder(freshZ))
                .withMessage("validation.parentCycle");
        assertThat(freshX.getParent()).isNull();
    }

    @Test
    void placeUnderRefusesTheOrganizationItselfAndAProxyOfIt() {
        Organization x = records.organization("cycle-self", OrganizationKind.FINANCIAL_GROUP);
        records.flushAndClear();
        Organization freshX = entityManager.find(Organization.class, x.getId());
        entityManager.clear();
        Organization proxyOfX = entityManager.getReference(Organization.class, x.getId());

        assertThatIllegalArgumentException().isThrownBy(() -> freshX.placeUnder(freshX));
        assertThatIllegalArgumentException().isThrownBy(() -> freshX.placeUnder(proxyOfX));
    }

    @Test
    void placeUnderStopsOnACycleAlreadyStoredElsewhere() {
        Organization a = records.organization("cycle-a", OrganizationKind.FINANCIAL_GROUP);
        Organization b = records.organization("cycle-b", OrganizationKind.BANK, a);
        Organization outsider = records.organization("cycle-outsider", OrganizationKind.OTHER);
        records.flush();
        // A cycle written by hand, bypassing every check; the walk must still end.
        entityManager.createNativeQuery("update organizations set parent_id = :b where id = :a")
                .setParameter("b", b.getId()).setParameter("a", a.getId()).executeUpdate();
        entityManager.clear();

        Organization freshOutsider = entityManager.find(Organization.class, outsider.getId());
        freshOutsider.placeUnder(entityManager.find(Organization.class, b.getId()));
        assertThat(freshOutsider.getParentId()).isEqualTo(b.getId());
    }
}
