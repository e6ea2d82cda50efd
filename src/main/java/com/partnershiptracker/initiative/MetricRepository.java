package com.partnershiptracker.initiative;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

interface MetricRepository extends JpaRepository<Metric, Long> {

    // The metrics about the organizations and those of their initiatives, as two index ranges (V19) joined
    // by a union; one condition with "or" read every metric.
    @Query(nativeQuery = true, value = """
            select k.id from (select m.id, m.as_of_date from metrics m where m.organization_id in (:organizationIds)
                              union
                              select m.id, m.as_of_date from metrics m
                              where m.initiative_id in (select io.initiative_id from initiative_organizations io
                                                        where io.organization_id in (:organizationIds))) k
            order by k.as_of_date nulls last, k.id""",
            countQuery = """
            select count(*) from (select m.id from metrics m where m.organization_id in (:organizationIds)
                                  union
                                  select m.id from metrics m
                                  where m.initiative_id in (select io.initiative_id from initiative_organizations io
                                                            where io.organization_id in (:organizationIds))) k""")
    Page<Long> findIdsAbout(Collection<Long> organizationIds, Pageable pageable);

    // The pages show each target with its actuals and the citations of both, so the citations and
    // their sources come in the same statement.
    /** The metrics and the actuals recorded against any of them, with what the figures table and progress bars show. */
    @Query("""
            select distinct m from Metric m left join fetch m.organization left join fetch m.initiative
                left join fetch m.citations c left join fetch c.source
            where m.id in :ids or m.progressToward.id in :ids""")
    List<Metric> findWithActualsToward(Collection<Long> ids);

    // The target an actual counts toward comes along with its initiative: a part may count toward another initiative's target.
    @Query("""
            select m from Metric m left join fetch m.organization left join fetch m.initiative
                left join fetch m.citations c left join fetch c.source
                left join fetch m.progressToward t left join fetch t.initiative
            where m.initiative.id = :initiativeId
            order by m.asOf.date nulls last, m.id""")
    List<Metric> findByInitiative(long initiativeId);

    /** Actuals about other initiatives, or none, recorded against the initiative's targets (as parts of them). */
    @Query("""
            select m from Metric m left join fetch m.organization left join fetch m.initiative
                left join fetch m.citations c left join fetch c.source
            where m.progressToward.initiative.id = :initiativeId and (m.initiative is null or m.initiative.id <> :initiativeId)
            order by m.asOf.date nulls last, m.id""")
    List<Metric> findTowardTargetsOfInitiativeFromElsewhere(long initiativeId);

    long countByInitiativeId(long initiativeId);

    /** The actuals recorded against any of the targets. */
    List<Metric> findByProgressTowardIdIn(Collection<Long> targetIds);

    /** The actuals recorded against the target. */
    List<Metric> findByProgressTowardIdOrderById(long targetId);

    @Query("""
            select m from Metric m left join fetch m.organization left join fetch m.initiative
            where m.kind = com.partnershiptracker.initiative.MetricKind.TARGET
            order by m.id""")
    List<Metric> findTargets();

    @Query("""
            select m from Metric m left join fetch m.organization left join fetch m.initiative left join fetch m.progressToward
            where m.id = :id""")
    Optional<Metric> findWithSubjectsById(long id);

    @Query(value = """
            select m from Metric m left join fetch m.organization left join fetch m.initiative
            order by m.id""", countQuery = "select count(m) from Metric m")
    Page<Metric> findAllWithSubjects(Pageable pageable);

    @Query(value = """
            select m from Metric m left join fetch m.organization left join fetch m.initiative
            where lower(m.measureKo) like :pattern escape '\\' or lower(m.measureEn) like :pattern escape '\\'
               or lower(m.rawText) like :pattern escape '\\'
            order by m.id""",
            countQuery = """
            select count(m) from Metric m
            where lower(m.measureKo) like :pattern escape '\\' or lower(m.measureEn) like :pattern escape '\\'
               or lower(m.rawText) like :pattern escape '\\'""")
    Page<Metric> searchWithSubjects(String pattern, Pageable pageable);

    @Query("""
            select m.id from Metric m
            where lower(replace(m.measureKo, ' ', '')) in :keys or lower(replace(m.measureEn, ' ', '')) in :keys""")
    List<Long> findIdsByMeasureKeyIn(Collection<String> keys);

    // Targets first, so that a file re-imported into an empty record creates each target before the actuals toward it.
    @Query("""
            select m.id from Metric m
            order by case when m.kind = com.partnershiptracker.initiative.MetricKind.TARGET then 0 else 1 end, m.id""")
    List<Long> findAllIdsTargetsFirst();

    @Query("""
            select m from Metric m left join fetch m.organization left join fetch m.initiative left join fetch m.progressToward
            where m.id in :ids order by m.id""")
    List<Metric> findWithSubjectsByIdIn(Collection<Long> ids);
}
