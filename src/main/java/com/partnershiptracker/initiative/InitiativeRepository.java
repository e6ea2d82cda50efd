package com.partnershiptracker.initiative;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.Collection;
import java.util.List;

interface InitiativeRepository extends JpaRepository<Initiative, Long> {

    @Query("""
            select distinct i from Initiative i
            left join fetch i.organizations io left join fetch io.organization
            left join fetch i.agreement
            where i.id in (select i2.id from Initiative i2 join i2.organizations io2
                           where io2.organization.id in :organizationIds)
            order by i.id""")
    List<Initiative> findInvolving(Collection<Long> organizationIds);

    List<Initiative> findByAgreementIdOrderById(long agreementId);
}
