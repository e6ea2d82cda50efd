package com.partnershiptracker.statement;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.Collection;
import java.util.List;

interface StatementRepository extends JpaRepository<Statement, Long> {

    @Query(value = """
            select s from Statement s left join fetch s.person left join fetch s.organization
            where s.organization.id in :organizationIds
            order by s.stated.date nulls last, s.id""",
            countQuery = "select count(s) from Statement s where s.organization.id in :organizationIds")
    Page<Statement> findForOrganizations(Collection<Long> organizationIds, Pageable pageable);

    @Query("""
            select s from Statement s left join fetch s.person left join fetch s.organization
            where s.person.id = :personId
            order by s.stated.date nulls last, s.id""")
    List<Statement> findByPerson(long personId);

    @Query("select s from Statement s left join fetch s.person left join fetch s.organization order by s.id")
    List<Statement> findAllWithSpeakers();

    @Query("select s from Statement s left join fetch s.person left join fetch s.organization where s.id = :id")
    java.util.Optional<Statement> findWithSpeakerById(long id);

    @Query(value = "select s from Statement s left join fetch s.person left join fetch s.organization order by s.stated.date desc nulls last, s.id desc",
            countQuery = "select count(s) from Statement s")
    org.springframework.data.domain.Page<Statement> findPage(org.springframework.data.domain.Pageable pageable);

    @Query(value = """
            select s from Statement s left join fetch s.person left join fetch s.organization
            where lower(s.textKo) like :pattern escape '\\' or lower(s.textEn) like :pattern escape '\\'
            order by s.stated.date desc nulls last, s.id desc""",
            countQuery = """
            select count(s) from Statement s
            where lower(s.textKo) like :pattern escape '\\' or lower(s.textEn) like :pattern escape '\\'""")
    org.springframework.data.domain.Page<Statement> search(String pattern, org.springframework.data.domain.Pageable pageable);
}
