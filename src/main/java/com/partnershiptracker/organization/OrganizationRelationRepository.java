package com.partnershiptracker.organization;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;

interface OrganizationRelationRepository extends JpaRepository<OrganizationRelation, Long> {

    @Query("""
            select distinct r from OrganizationRelation r join fetch r.subject join fetch r.object
                left join fetch r.citations c left join fetch c.source
            where r.subject.id = :organizationId or r.object.id = :organizationId
            order by r.kind, r.id""")
    List<OrganizationRelation> findInvolving(long organizationId);

    @Query("select r from OrganizationRelation r join fetch r.subject join fetch r.object where r.id = :id")
    java.util.Optional<OrganizationRelation> findWithEndsById(long id);

    @Query("select r from OrganizationRelation r join fetch r.subject join fetch r.object order by r.kind, r.id")
    List<OrganizationRelation> findAllWithEnds();
}
