package com.partnershiptracker.initiative;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.Collection;
import java.util.List;

interface InitiativeRepository extends JpaRepository<Initiative, Long> {

    @Query(value = """
            select i from Initiative i
            where i.id in (select io_i.id from Initiative io_i join io_i.organizations io
                           where io.organization.id in :organizationIds)
            order by i.started.date nulls last, i.id""",
            countQuery = """
            select count(i) from Initiative i
            where i.id in (select io_i.id from Initiative io_i join io_i.organizations io
                           where io.organization.id in :organizationIds)""")
    Page<Initiative> findInvolving(Collection<Long> organizationIds, Pageable pageable);

    List<Initiative> findByAgreementIdOrderById(long agreementId);

    @Query("""
            select i.id from Initiative i
            where lower(replace(i.titleKo, ' ', '')) in :keys or lower(replace(i.titleEn, ' ', '')) in :keys""")
    List<Long> findIdsByTitleKeyIn(Collection<String> keys);

    @Query("select i.id from Initiative i order by i.id")
    List<Long> findAllIdsInOrder();

    @Query("""
            select distinct i from Initiative i left join fetch i.agreement
            left join fetch i.organizations io left join fetch io.organization
            where i.id in :ids order by i.id""")
    List<Initiative> findWithOrganizationsByIdIn(Collection<Long> ids);
}
