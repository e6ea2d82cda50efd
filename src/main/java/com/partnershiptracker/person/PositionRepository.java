package com.partnershiptracker.person;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;

interface PositionRepository extends JpaRepository<Position, Long> {

    @Query("""
            select p from Position p join fetch p.person join fetch p.organization
            where p.person.id = :personId
            order by p.started.date nulls last, p.id""")
    List<Position> findByPerson(long personId);

    @Query("""
            select p from Position p join fetch p.person join fetch p.organization
            where p.person.id in :personIds
            order by p.started.date nulls last, p.id""")
    List<Position> findByPeople(java.util.Collection<Long> personIds);

    @Query(value = """
            select p from Position p join fetch p.person join fetch p.organization
            where p.organization.id in :organizationIds
            order by p.started.date nulls last, p.id""",
            countQuery = "select count(p) from Position p where p.organization.id in :organizationIds")
    org.springframework.data.domain.Page<Position> findAtOrganizations(java.util.Collection<Long> organizationIds,
                                                                         org.springframework.data.domain.Pageable pageable);

    @Query("""
            select p from Position p join fetch p.person join fetch p.organization
            order by p.person.slug, p.started.date nulls last, p.id""")
    List<Position> findAllWithParties();

    @Query("select p from Position p join fetch p.person join fetch p.organization where p.id = :id")
    java.util.Optional<Position> findWithPartiesById(long id);
}
