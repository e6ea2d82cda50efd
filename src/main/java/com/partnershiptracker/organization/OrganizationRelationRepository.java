package com.partnershiptracker.organization;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;

interface OrganizationRelationRepository extends JpaRepository<OrganizationRelation, Long> {

    // fk(): the relation's own columns, each indexed. Through the fetched ends, the condition spanned
    // two joined tables, and every relation was joined to both its ends before any was left out.
    @Query("""
            select distinct r from OrganizationRelation r join fetch r.subject join fetch r.object
                left join fetch r.citations c left join fetch c.source
            where fk(r.subject) = :organizationId or fk(r.object) = :organizationId
            order by r.kind, r.id""")
    List<OrganizationRelation> findInvolving(long organizationId);

    @Query("select r from OrganizationRelation r join fetch r.subject join fetch r.object where r.id = :id")
    java.util.Optional<OrganizationRelation> findWithEndsById(long id);

    @Query("select r from OrganizationRelation r join fetch r.subject join fetch r.object order by r.kind, r.id")
    List<OrganizationRelation> findAllWithEnds();
}
