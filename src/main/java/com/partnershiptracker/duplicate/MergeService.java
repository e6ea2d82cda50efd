package com.partnershiptracker.duplicate;

import com.partnershiptracker.agreement.Agreement;
import com.partnershiptracker.agreement.AgreementAttendee;
import com.partnershiptracker.agreement.AgreementParty;
import com.partnershiptracker.agreement.PartyRole;
import com.partnershiptracker.audit.HistoryService;
import com.partnershiptracker.audit.Revision;
import com.partnershiptracker.audit.RevisionNote;
import com.partnershiptracker.initiative.Initiative;
import com.partnershiptracker.initiative.InitiativeOrganization;
import com.partnershiptracker.initiative.InitiativeRole;
import com.partnershiptracker.initiative.Metric;
import com.partnershiptracker.organization.Organization;
import com.partnershiptracker.organization.OrganizationIdentifiers;
import com.partnershiptracker.organization.OrganizationRelation;
import com.partnershiptracker.organization.OrganizationService;
import com.partnershiptracker.organization.RelationKind;
import com.partnershiptracker.person.Person;
import com.partnershiptracker.person.Position;
import com.partnershiptracker.shared.BaseEntity;
import com.partnershiptracker.shared.Bilingual;
import com.partnershiptracker.shared.RecordNotFoundException;
import com.partnershiptracker.statement.Statement;
import jakarta.persistence.EntityManager;
import org.hibernate.envers.AuditReaderFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Merges one record into another and undoes a merge. Every change goes through the entities, so that
 * Envers records it in the merge's one revision and the listeners rewrite the timeline and network rows;
 * the hierarchy cache is dropped and the change stamp moves with the revision, so cached pages are not served.
 * This feature reaches into other features' entities on purpose: a merge is the one change that touches
 * every kind of record at once, and doing it through each service would be a revision per service call.
 */
@Service
@Transactional(readOnly = true)
public class MergeService {

    private final EntityManager entityManager;
    private final JdbcClient jdbc;
    private final HistoryService history;
    private final OrganizationService organizations;

    MergeService(EntityManager entityManager, JdbcClient jdbc, HistoryService history, OrganizationService organizations) {
        this.entityManager = entityManager;
        this.jdbc = jdbc;
        this.history = history;
        this.organizations = organizations;
    }

    /**
     * What merging would do, nothing written.
     *
     * @throws RecordNotFoundException when either record does not exist
     * @throws IllegalArgumentException when both are the same record
     */
    public MergePreview preview(RecordKind kind, long keptId, long mergedId) {
        requireDistinct(keptId, mergedId);
        return switch (kind) {
            case ORGANIZATION -> {
                Organization kept = organization(keptId);
                Organization merged = organization(mergedId);
                yield new MergePreview(kind, candidate(kept), candidate(merged), planOrganization(kept, merged),
                        newAliases(kept.getName(), kept.getAliases(), merged.getName(), merged.getAliases()),
                        merged.getCitations().size(), identifiersTaken(kept, merged));
            }
            case PERSON -> {
                Person kept = person(keptId);
                Person merged = person(mergedId);
                yield new MergePreview(kind, candidate(kept), candidate(merged), planPerson(kept, merged),
                        newAliases(kept.getName(), kept.getAliases(), merged.getName(), merged.getAliases()),
                        merged.getCitations().size(),
                        kept.getWikidataId() == null && merged.getWikidataId() != null ? List.of(merged.getWikidataId()) : List.of());
            }
        };
    }

    /**
     * Merges {@code mergedId} into {@code keptId} if neither changed since the preview showed versions
     * {@code keptVersion} and {@code mergedVersion}: every reference moves to the kept record, the merged
     * record's names and aliases become the kept one's aliases, its identifiers move where the kept one has
     * none, its citations are added, and it is deleted; its slug answers 301 to the kept record's. One revision,
     * with a note.
     *
     * @return the merge's id
     * @throws com.partnershiptracker.shared.StaleRecordException when either changed since
     * @throws RecordNotFoundException when either does not exist
     */
    @Transactional
    public long merge(RecordKind kind, long keptId, long keptVersion, long mergedId, long mergedVersion) {
        requireDistinct(keptId, mergedId);
        BaseEntity kept = kind == RecordKind.ORGANIZATION ? organization(keptId) : person(keptId);
        BaseEntity merged = kind == RecordKind.ORGANIZATION ? organization(mergedId) : person(mergedId);
        kept.requireVersion(keptVersion);
        merged.requireVersion(mergedVersion);
        String mergedSlug = slugOf(merged);
        RevisionNote.saying("Merged " + mergedSlug + " into " + slugOf(kept)).attachToCurrentTransaction();
        List<PlannedMove> moves;
        if (kept instanceof Organization keptOrganization && merged instanceof Organization mergedOrganization) {
            moves = planOrganization(keptOrganization, mergedOrganization);
            applyOrganization(keptOrganization, mergedOrganization, moves);
            organizations.organizationsChangedElsewhere();
        } else {
            Person keptPerson = (Person) kept;
            Person mergedPerson = (Person) merged;
            moves = planPerson(keptPerson, mergedPerson);
            applyPerson(keptPerson, mergedPerson, moves);
        }
        entityManager.flush();
        long revision = AuditReaderFactory.get(entityManager).getCurrentRevision(Revision.class, true).getId();
        org.springframework.jdbc.support.KeyHolder keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                        insert into record_merges (record_kind, kept_id, merged_id, merged_slug, merge_rev, merged_by, merged_at)
                        values (:kind, :kept, :merged, :slug, :rev, :by, :at)""")
                .param("kind", kind.name()).param("kept", keptId).param("merged", mergedId).param("slug", mergedSlug)
                .param("rev", revision).param("by", currentUser()).param("at", Timestamp.from(Instant.now()))
                .update(keys, "id");
        long mergeId = keys.getKey().longValue();
        int position = 0;
        for (PlannedMove move : moves) {
            if (move.resolution() == MergeResolution.KEPT_BOTH) {
                continue;
            }
            jdbc.sql("""
                            insert into merge_moves (merge_id, position, reference, record_id, resolution, slot, role)
                            values (:merge, :position, :reference, :record, :resolution, :slot, :role)""")
                    .param("merge", mergeId).param("position", position++).param("reference", move.reference().name())
                    .param("record", move.recordId()).param("resolution", move.resolution().name())
                    .param("slot", move.slot()).param("role", move.role()).update();
        }
        jdbc.sql("delete from merged_slugs where record_kind = :kind and slug = :slug")
                .param("kind", kind.name()).param("slug", mergedSlug).update();
        jdbc.sql("insert into merged_slugs (record_kind, slug, merge_id) values (:kind, :slug, :merge)")
                .param("kind", kind.name()).param("slug", mergedSlug).param("merge", mergeId).update();
        return mergeId;
    }

    /** Every merge, newest first, with the slugs of both records as they were merged; one statement. */
    public List<MergeSummary> merges(int limit) {
        return jdbc.sql("""
                        select m.id, m.record_kind, m.kept_id, coalesce(o.slug, p.slug), m.merged_id, m.merged_slug, m.merged_by,
                               m.merged_at, m.unmerge_rev
                        from record_merges m
                        left join organizations o on m.record_kind = 'ORGANIZATION' and o.id = m.kept_id
                        left join people p on m.record_kind = 'PERSON' and p.id = m.kept_id
                        order by m.id desc limit :limit""")
                .param("limit", limit)
                .query((rs, n) -> new MergeSummary(rs.getLong(1), RecordKind.valueOf(rs.getString(2)), rs.getLong(3),
                        rs.getString(4), rs.getLong(5), rs.getString(6), rs.getString(7), rs.getTimestamp(8).toInstant(),
                        rs.getObject(9) != null))
                .list();
    }

    /**
     * Undoes a merge: the merged record comes back with its id, as it was before the merge; the kept record
     * is put back as it was before the merge (names, aliases, identifiers, citations); the references that
     * moved move back (and those dropped or deleted come back); the merged slug stops redirecting. One revision, with a note.
     *
     * @throws MergeNotFoundException when there is no such merge, or it was undone already
     * @throws com.partnershiptracker.audit.RestoreRefusedException when a record cannot be put back as it was
     * @throws IllegalStateException ("merge.slugTaken") when another record has taken the merged slug since
     */
    @Transactional
    public void unmerge(long mergeId) {
        MergeRow merge = jdbc.sql("""
                        select record_kind, kept_id, merged_id, merged_slug, merge_rev from record_merges
                        where id = :id and unmerge_rev is null""")
                .param("id", mergeId)
                .query((rs, n) -> new MergeRow(RecordKind.valueOf(rs.getString(1)), rs.getLong(2), rs.getLong(3),
                        rs.getString(4), rs.getLong(5)))
                .optional().orElseThrow(() -> new MergeNotFoundException(mergeId));
        Class<? extends BaseEntity> type = merge.kind() == RecordKind.ORGANIZATION ? Organization.class : Person.class;
        if (jdbc.sql("select count(*) from " + merge.kind().table() + " where slug = :slug").param("slug", merge.mergedSlug())
                .query(Long.class).single() > 0) {
            throw new IllegalStateException("merge.slugTaken");
        }
        BaseEntity kept = entityManager.find(type, merge.keptId());
        if (kept == null) {
            throw new MergeNotFoundException(mergeId);
        }
        RevisionNote.saying("Unmerged " + merge.mergedSlug() + " from " + slugOf(kept)).attachToCurrentTransaction();
        long mergedBefore = revisionBefore(merge.kind(), merge.mergedId(), merge.mergeRev());
        Object mergedThen = AuditReaderFactory.get(entityManager).find(type, merge.mergedId(), mergedBefore);
        insertPlaceholder(mergedThen, merge.mergedId());
        Long keptBefore = revisionBeforeOrNull(merge.kind(), merge.keptId(), merge.mergeRev());
        if (keptBefore != null) {
            history.restore(type, merge.keptId(), keptBefore, kept.getVersion());
        }
        entityManager.flush();
        history.restore(type, merge.mergedId(), mergedBefore, 0);
        entityManager.flush();
        BaseEntity merged = entityManager.find(type, merge.mergedId());
        List<StoredMove> moves = jdbc.sql("select reference, record_id, resolution, slot, role from merge_moves where merge_id = :id order by position")
                .param("id", mergeId)
                .query((rs, n) -> new StoredMove(MergeReference.valueOf(rs.getString(1)), rs.getLong(2),
                        MergeResolution.valueOf(rs.getString(3)), (Integer) rs.getObject(4), rs.getString(5)))
                .list();
        for (StoredMove move : moves) {
            if (merged instanceof Organization organization) {
                moveBack((Organization) kept, organization, move, merge.mergeRev());
            } else {
                moveBack((Person) kept, (Person) merged, move);
            }
        }
        entityManager.flush();
        if (merged instanceof Organization) {
            organizations.organizationsChangedElsewhere();
        }
        long revision = AuditReaderFactory.get(entityManager).getCurrentRevision(Revision.class, true).getId();
        jdbc.sql("update record_merges set unmerge_rev = :rev where id = :id").param("rev", revision).param("id", mergeId).update();
        jdbc.sql("delete from merged_slugs where merge_id = :id and record_kind = :kind and slug = :slug")
                .param("id", mergeId).param("kind", merge.kind().name()).param("slug", merge.mergedSlug()).update();
    }

    private record MergeRow(RecordKind kind, long keptId, long mergedId, String mergedSlug, long mergeRev) {
    }

    private record StoredMove(MergeReference reference, long recordId, MergeResolution resolution, Integer slot, String role) {
    }

    // ---- organizations

    private List<PlannedMove> planOrganization(Organization kept, Organization merged) {
        long keptId = kept.getId();
        long mergedId = merged.getId();
        List<PlannedMove> moves = new ArrayList<>();
        for (Agreement agreement : entityManager.createQuery(
                "select distinct a from Agreement a join a.parties p where p.organization.id = :id order by a.id", Agreement.class)
                .setParameter("id", mergedId).getResultList()) {
            boolean keptIsParty = agreement.getParties().stream().anyMatch(p -> idOf(p.getOrganization()) == keptId);
            List<AgreementParty> parties = agreement.getParties();
            for (int slot = 0; slot < parties.size(); slot++) {
                if (idOf(parties.get(slot).getOrganization()) == mergedId) {
                    moves.add(new PlannedMove(MergeReference.AGREEMENT_PARTY, agreement.getId(), slot,
                            keptIsParty ? MergeResolution.DROPPED : MergeResolution.MOVED, parties.get(slot).getRole().name(),
                            agreement.getTitle()));
                }
            }
        }
        for (Agreement agreement : entityManager.createQuery(
                "select distinct a from Agreement a join a.attendees t where t.representing.id = :id order by a.id", Agreement.class)
                .setParameter("id", mergedId).getResultList()) {
            List<AgreementAttendee> attendees = agreement.getAttendees();
            for (int slot = 0; slot < attendees.size(); slot++) {
                if (attendees.get(slot).getRepresenting() != null && idOf(attendees.get(slot).getRepresenting()) == mergedId) {
                    moves.add(new PlannedMove(MergeReference.ATTENDEE_REPRESENTING, agreement.getId(), slot, MergeResolution.MOVED,
                            attendees.get(slot).getRole().name(), agreement.getTitle()));
                }
            }
        }
        for (Initiative initiative : entityManager.createQuery(
                "select distinct i from Initiative i join i.organizations o where o.organization.id = :id order by i.id", Initiative.class)
                .setParameter("id", mergedId).getResultList()) {
            List<InitiativeOrganization> involved = initiative.getOrganizations();
            boolean keptInvolved = involved.stream().anyMatch(o -> idOf(o.getOrganization()) == keptId);
            for (int slot = 0; slot < involved.size(); slot++) {
                if (idOf(involved.get(slot).getOrganization()) == mergedId) {
                    moves.add(new PlannedMove(MergeReference.INITIATIVE_ORGANIZATION, initiative.getId(), slot,
                            keptInvolved ? MergeResolution.DROPPED : MergeResolution.MOVED, involved.get(slot).getRole().name(),
                            initiative.getTitle()));
                }
            }
        }
        List<OrganizationRelation> keptRelations = entityManager.createQuery(
                        "select r from OrganizationRelation r where r.subject.id = :id or r.object.id = :id", OrganizationRelation.class)
                .setParameter("id", keptId).getResultList();
        for (OrganizationRelation relation : entityManager.createQuery(
                        "select r from OrganizationRelation r join fetch r.subject join fetch r.object"
                                + " where r.subject.id = :id or r.object.id = :id order by r.id", OrganizationRelation.class)
                .setParameter("id", mergedId).getResultList()) {
            long subject = idOf(relation.getSubject());
            long object = idOf(relation.getObject());
            Bilingual label = relationLabel(relation);
            if (subject == keptId || object == keptId) {
                moves.add(new PlannedMove(MergeReference.RELATION_BETWEEN, relation.getId(), null, MergeResolution.DELETED, null, label));
                continue;
            }
            long newSubject = subject == mergedId ? keptId : subject;
            long newObject = object == mergedId ? keptId : object;
            boolean same = keptRelations.stream().anyMatch(r -> r.getKind() == relation.getKind()
                    && idOf(r.getSubject()) == newSubject && idOf(r.getObject()) == newObject);
            moves.add(new PlannedMove(subject == mergedId ? MergeReference.RELATION_SUBJECT : MergeReference.RELATION_OBJECT,
                    relation.getId(), null, MergeResolution.MOVED, relation.getKind().name(), label));
            if (same) {
                moves.add(new PlannedMove(MergeReference.SAME_RELATION, relation.getId(), null, MergeResolution.KEPT_BOTH,
                        relation.getKind().name(), label));
            }
        }
        for (Organization child : entityManager.createQuery(
                "select o from Organization o where o.parent.id = :id and o.id <> :kept order by o.id", Organization.class)
                .setParameter("id", mergedId).setParameter("kept", keptId).getResultList()) {
            moves.add(new PlannedMove(MergeReference.CHILD_ORGANIZATION, child.getId(), null, MergeResolution.MOVED, null,
                    child.getName()));
        }
        if (kept.getParentId() != null && kept.getParentId() == mergedId) {
            moves.add(new PlannedMove(MergeReference.KEPT_PARENT, keptId, null, MergeResolution.MOVED, null, merged.getName()));
        }
        List<Position> keptPositions = entityManager.createQuery(
                "select p from Position p where p.organization.id = :id", Position.class).setParameter("id", keptId).getResultList();
        for (Position position : entityManager.createQuery(
                "select p from Position p join fetch p.person where p.organization.id = :id order by p.id", Position.class)
                .setParameter("id", mergedId).getResultList()) {
            Bilingual label = positionLabel(position);
            moves.add(new PlannedMove(MergeReference.POSITION, position.getId(), null, MergeResolution.MOVED, null, label));
            if (keptPositions.stream().anyMatch(p -> idOf(p.getPerson()) == idOf(position.getPerson())
                    && Objects.equals(p.getTitle(), position.getTitle()))) {
                moves.add(new PlannedMove(MergeReference.SAME_POSITION, position.getId(), null, MergeResolution.KEPT_BOTH, null, label));
            }
        }
        for (Statement statement : entityManager.createQuery(
                "select s from Statement s where s.organization.id = :id order by s.id", Statement.class)
                .setParameter("id", mergedId).getResultList()) {
            moves.add(new PlannedMove(MergeReference.STATEMENT, statement.getId(), null, MergeResolution.MOVED, null,
                    abbreviated(statement.getText())));
        }
        for (Metric metric : entityManager.createQuery(
                "select m from Metric m where m.organization.id = :id order by m.id", Metric.class)
                .setParameter("id", mergedId).getResultList()) {
            moves.add(new PlannedMove(MergeReference.METRIC, metric.getId(), null, MergeResolution.MOVED, null, metric.getMeasure()));
        }
        return moves;
    }

    private void applyOrganization(Organization kept, Organization merged, List<PlannedMove> moves) {
        long mergedId = merged.getId();
        for (PlannedMove move : moves) {
            switch (move.reference()) {
                case AGREEMENT_PARTY -> {
                    Agreement agreement = entityManager.find(Agreement.class, move.recordId());
                    if (agreement.getParties().stream().anyMatch(p -> idOf(p.getOrganization()) == mergedId)) {
                        List<AgreementParty> parties = new ArrayList<>();
                        for (AgreementParty party : agreement.getParties()) {
                            if (idOf(party.getOrganization()) != mergedId) {
                                parties.add(party);
                            } else if (!agreement.getParties().stream().anyMatch(p -> idOf(p.getOrganization()) == kept.getId())) {
                                parties.add(new AgreementParty(kept, party.getRole()));
                            }
                        }
                        agreement.replaceParties(parties);
                    }
                }
                case ATTENDEE_REPRESENTING -> {
                    Agreement agreement = entityManager.find(Agreement.class, move.recordId());
                    List<AgreementAttendee> attendees = new ArrayList<>(agreement.getAttendees());
                    AgreementAttendee attendee = attendees.get(move.slot());
                    attendees.set(move.slot(), new AgreementAttendee(attendee.getPerson(), kept, attendee.getRole()));
                    agreement.replaceAttendees(attendees);
                }
                case INITIATIVE_ORGANIZATION -> {
                    Initiative initiative = entityManager.find(Initiative.class, move.recordId());
                    if (initiative.getOrganizations().stream().anyMatch(o -> idOf(o.getOrganization()) == mergedId)) {
                        List<InitiativeOrganization> involved = new ArrayList<>();
                        for (InitiativeOrganization one : initiative.getOrganizations()) {
                            if (idOf(one.getOrganization()) != mergedId) {
                                involved.add(one);
                            } else if (!initiative.getOrganizations().stream().anyMatch(o -> idOf(o.getOrganization()) == kept.getId())) {
                                involved.add(new InitiativeOrganization(kept, one.getRole()));
                            }
                        }
                        initiative.replaceOrganizations(involved);
                    }
                }
                case RELATION_SUBJECT, RELATION_OBJECT -> {
                    OrganizationRelation relation = entityManager.find(OrganizationRelation.class, move.recordId());
                    relation.relink(idOf(relation.getSubject()) == mergedId ? kept : relation.getSubject(), relation.getKind(),
                            idOf(relation.getObject()) == mergedId ? kept : relation.getObject());
                }
                case RELATION_BETWEEN -> entityManager.remove(entityManager.find(OrganizationRelation.class, move.recordId()));
                case CHILD_ORGANIZATION -> entityManager.find(Organization.class, move.recordId()).placeUnder(kept);
                case KEPT_PARENT -> kept.placeUnder(merged.getParentId() == null || merged.getParentId().equals(kept.getId())
                        ? null : merged.getParent());
                case POSITION -> entityManager.find(Position.class, move.recordId()).moveTo(kept);
                case STATEMENT -> {
                    Statement statement = entityManager.find(Statement.class, move.recordId());
                    statement.attributeTo(statement.getPerson(), kept);
                }
                case METRIC -> {
                    Metric metric = entityManager.find(Metric.class, move.recordId());
                    metric.about(kept, metric.getInitiative());
                }
                default -> {
                }
            }
        }
        newAliases(kept.getName(), kept.getAliases(), merged.getName(), merged.getAliases()).forEach(kept::addAlias);
        merged.getCitations().forEach(kept::cite);
        OrganizationIdentifiers keptIds = kept.getIdentifiers();
        OrganizationIdentifiers mergedIds = merged.getIdentifiers();
        // The merged record's identifiers are unique: it lets go of them before the kept record takes them.
        merged.identifyAs(OrganizationIdentifiers.NONE);
        merged.placeUnder(null);
        entityManager.flush();
        kept.identifyAs(new OrganizationIdentifiers(firstOf(keptIds.wikidata(), mergedIds.wikidata()),
                firstOf(keptIds.lei(), mergedIds.lei()),
                firstOf(keptIds.krCorporateRegistrationNumber(), mergedIds.krCorporateRegistrationNumber())));
        entityManager.remove(merged);
    }

    private void moveBack(Organization kept, Organization merged, StoredMove move, long mergeRev) {
        long keptId = kept.getId();
        switch (move.reference()) {
            case AGREEMENT_PARTY -> {
                Agreement agreement = entityManager.find(Agreement.class, move.recordId());
                if (agreement == null || agreement.getParties().stream().anyMatch(p -> idOf(p.getOrganization()) == merged.getId())) {
                    return;
                }
                List<AgreementParty> parties = new ArrayList<>(agreement.getParties());
                if (move.resolution() == MergeResolution.MOVED) {
                    parties.replaceAll(p -> idOf(p.getOrganization()) == keptId ? new AgreementParty(merged, p.getRole()) : p);
                } else {
                    parties.add(Math.min(move.slot(), parties.size()), new AgreementParty(merged, PartyRole.valueOf(move.role())));
                }
                agreement.replaceParties(parties);
            }
            case ATTENDEE_REPRESENTING -> {
                Agreement agreement = entityManager.find(Agreement.class, move.recordId());
                List<AgreementAttendee> attendees = new ArrayList<>(agreement == null ? List.of() : agreement.getAttendees());
                if (move.slot() < attendees.size() && attendees.get(move.slot()).getRepresenting() != null
                        && idOf(attendees.get(move.slot()).getRepresenting()) == keptId) {
                    AgreementAttendee attendee = attendees.get(move.slot());
                    attendees.set(move.slot(), new AgreementAttendee(attendee.getPerson(), merged, attendee.getRole()));
                    agreement.replaceAttendees(attendees);
                }
            }
            case INITIATIVE_ORGANIZATION -> {
                Initiative initiative = entityManager.find(Initiative.class, move.recordId());
                if (initiative == null || initiative.getOrganizations().stream().anyMatch(o -> idOf(o.getOrganization()) == merged.getId())) {
                    return;
                }
                List<InitiativeOrganization> involved = new ArrayList<>(initiative.getOrganizations());
                if (move.resolution() == MergeResolution.MOVED) {
                    involved.replaceAll(o -> idOf(o.getOrganization()) == keptId ? new InitiativeOrganization(merged, o.getRole()) : o);
                } else {
                    involved.add(Math.min(move.slot(), involved.size()),
                            new InitiativeOrganization(merged, InitiativeRole.valueOf(move.role())));
                }
                initiative.replaceOrganizations(involved);
            }
            case RELATION_SUBJECT, RELATION_OBJECT -> {
                OrganizationRelation relation = entityManager.find(OrganizationRelation.class, move.recordId());
                if (relation != null) {
                    boolean subject = move.reference() == MergeReference.RELATION_SUBJECT;
                    relation.relink(subject ? merged : relation.getSubject(), relation.getKind(), subject ? relation.getObject() : merged);
                }
            }
            case RELATION_BETWEEN -> revive(OrganizationRelation.class, move.recordId(), mergeRev);
            case CHILD_ORGANIZATION -> {
                Organization child = entityManager.find(Organization.class, move.recordId());
                if (child != null && child.getParentId() != null && child.getParentId() == keptId) {
                    child.placeUnder(merged);
                }
            }
            case POSITION -> {
                Position position = entityManager.find(Position.class, move.recordId());
                if (position != null) {
                    position.moveTo(merged);
                }
            }
            case STATEMENT -> {
                Statement statement = entityManager.find(Statement.class, move.recordId());
                if (statement != null) {
                    statement.attributeTo(statement.getPerson(), merged);
                }
            }
            case METRIC -> {
                Metric metric = entityManager.find(Metric.class, move.recordId());
                if (metric != null) {
                    metric.about(merged, metric.getInitiative());
                }
            }
            default -> {
                // KEPT_PARENT: the kept record's own restore puts its parent back.
            }
        }
    }

    // ---- people

    private List<PlannedMove> planPerson(Person kept, Person merged) {
        long keptId = kept.getId();
        long mergedId = merged.getId();
        List<PlannedMove> moves = new ArrayList<>();
        for (Agreement agreement : entityManager.createQuery(
                "select distinct a from Agreement a join a.attendees t where t.person.id = :id order by a.id", Agreement.class)
                .setParameter("id", mergedId).getResultList()) {
            List<AgreementAttendee> attendees = agreement.getAttendees();
            for (int slot = 0; slot < attendees.size(); slot++) {
                AgreementAttendee attendee = attendees.get(slot);
                if (idOf(attendee.getPerson()) == mergedId) {
                    boolean keptThere = attendees.stream().anyMatch(a -> idOf(a.getPerson()) == keptId && a.getRole() == attendee.getRole());
                    moves.add(new PlannedMove(MergeReference.AGREEMENT_ATTENDEE, agreement.getId(), slot,
                            keptThere ? MergeResolution.DROPPED : MergeResolution.MOVED, attendee.getRole().name(), agreement.getTitle()));
                }
            }
        }
        List<Position> keptPositions = entityManager.createQuery(
                "select p from Position p where p.person.id = :id", Position.class).setParameter("id", keptId).getResultList();
        for (Position position : entityManager.createQuery(
                "select p from Position p join fetch p.organization where p.person.id = :id order by p.id", Position.class)
                .setParameter("id", mergedId).getResultList()) {
            Bilingual label = Bilingual.of(join(position.getTitle().ko(), position.getOrganization().getName().ko()),
                    join(position.getTitle().en(), position.getOrganization().getName().en()));
            moves.add(new PlannedMove(MergeReference.POSITION, position.getId(), null, MergeResolution.MOVED, null, label));
            if (keptPositions.stream().anyMatch(p -> idOf(p.getOrganization()) == idOf(position.getOrganization())
                    && Objects.equals(p.getTitle(), position.getTitle()))) {
                moves.add(new PlannedMove(MergeReference.SAME_POSITION, position.getId(), null, MergeResolution.KEPT_BOTH, null, label));
            }
        }
        for (Statement statement : entityManager.createQuery(
                "select s from Statement s where s.person.id = :id order by s.id", Statement.class)
                .setParameter("id", mergedId).getResultList()) {
            moves.add(new PlannedMove(MergeReference.STATEMENT, statement.getId(), null, MergeResolution.MOVED, null,
                    abbreviated(statement.getText())));
        }
        return moves;
    }

    private void applyPerson(Person kept, Person merged, List<PlannedMove> moves) {
        List<Long> agreementsDone = new ArrayList<>();
        for (PlannedMove move : moves) {
            switch (move.reference()) {
                case AGREEMENT_ATTENDEE -> {
                    if (agreementsDone.contains(move.recordId())) {
                        continue;
                    }
                    agreementsDone.add(move.recordId());
                    Agreement agreement = entityManager.find(Agreement.class, move.recordId());
                    List<AgreementAttendee> attendees = new ArrayList<>();
                    for (AgreementAttendee attendee : agreement.getAttendees()) {
                        if (idOf(attendee.getPerson()) != merged.getId()) {
                            attendees.add(attendee);
                        } else if (agreement.getAttendees().stream().noneMatch(a -> idOf(a.getPerson()) == kept.getId()
                                && a.getRole() == attendee.getRole())) {
                            attendees.add(new AgreementAttendee(kept, attendee.getRepresenting(), attendee.getRole()));
                        }
                    }
                    agreement.replaceAttendees(attendees);
                }
                case POSITION -> entityManager.find(Position.class, move.recordId()).assignTo(kept);
                case STATEMENT -> {
                    Statement statement = entityManager.find(Statement.class, move.recordId());
                    statement.attributeTo(kept, statement.getOrganization());
                }
                default -> {
                }
            }
        }
        newAliases(kept.getName(), kept.getAliases(), merged.getName(), merged.getAliases()).forEach(kept::addAlias);
        merged.getCitations().forEach(kept::cite);
        String wikidata = merged.getWikidataId();
        merged.identifyAsWikidataItem(null);
        entityManager.flush();
        if (kept.getWikidataId() == null && wikidata != null) {
            kept.identifyAsWikidataItem(wikidata);
        }
        entityManager.remove(merged);
    }

    private void moveBack(Person kept, Person merged, StoredMove move) {
        switch (move.reference()) {
            case AGREEMENT_ATTENDEE -> {
                Agreement agreement = entityManager.find(Agreement.class, move.recordId());
                if (agreement == null) {
                    return;
                }
                List<AgreementAttendee> attendees = new ArrayList<>(agreement.getAttendees());
                if (move.resolution() == MergeResolution.MOVED) {
                    if (move.slot() < attendees.size() && idOf(attendees.get(move.slot()).getPerson()) == kept.getId()) {
                        AgreementAttendee attendee = attendees.get(move.slot());
                        attendees.set(move.slot(), new AgreementAttendee(merged, attendee.getRepresenting(), attendee.getRole()));
                    }
                } else {
                    AgreementAttendee keptOne = attendees.stream().filter(a -> idOf(a.getPerson()) == kept.getId()
                            && a.getRole().name().equals(move.role())).findFirst().orElse(null);
                    attendees.add(Math.min(move.slot(), attendees.size()), new AgreementAttendee(merged,
                            keptOne == null ? null : keptOne.getRepresenting(),
                            com.partnershiptracker.agreement.AttendeeRole.valueOf(move.role())));
                }
                agreement.replaceAttendees(attendees);
            }
            case POSITION -> {
                Position position = entityManager.find(Position.class, move.recordId());
                if (position != null) {
                    position.assignTo(merged);
                }
            }
            case STATEMENT -> {
                Statement statement = entityManager.find(Statement.class, move.recordId());
                if (statement != null) {
                    statement.attributeTo(merged, statement.getOrganization());
                }
            }
            default -> {
            }
        }
    }

    // ---- bringing a deleted record back under its own id

    /**
     * Puts a deleted record back with its id, as it was just before {@code beforeRevision}: a stand-in row
     * (written by SQL, which Envers does not see) is made the historical version through HistoryService.restore,
     * so the history shows the record's whole state in this revision.
     */
    private void revive(Class<? extends BaseEntity> type, long id, long beforeRevision) {
        RecordKind kind = type == Person.class ? RecordKind.PERSON : RecordKind.ORGANIZATION;
        String table = type == OrganizationRelation.class ? "organization_relations" : kind.table();
        long revision = jdbc.sql("select max(rev) from " + table + "_aud where id = :id and rev < :before")
                .param("id", id).param("before", beforeRevision).query(Long.class).single();
        insertPlaceholder(AuditReaderFactory.get(entityManager).find(type, id, revision), id);
        history.restore(type, id, revision, 0);
    }

    /** A row that satisfies the table's constraints and differs from the historical version, so that the restore writes a revision. */
    private void insertPlaceholder(Object historical, long id) {
        if (historical instanceof Organization organization) {
            String kind = organization.getKind() == com.partnershiptracker.organization.OrganizationKind.OTHER ? "BANK" : "OTHER";
            jdbc.sql("insert into organizations (id, version, slug, name_en, kind) values (:id, 0, :slug, :name, :kind)")
                    .param("id", id).param("slug", organization.getSlug()).param("name", "~" + id).param("kind", kind).update();
        } else if (historical instanceof Person person) {
            jdbc.sql("insert into people (id, version, slug, name_en) values (:id, 0, :slug, :name)")
                    .param("id", id).param("slug", person.getSlug()).param("name", "~" + id).update();
        } else if (historical instanceof OrganizationRelation relation) {
            String kind = relation.getKind() == RelationKind.OTHER ? "ALLIANCE_PARTNER_OF" : "OTHER";
            jdbc.sql("insert into organization_relations (id, version, subject_id, object_id, kind) values (:id, 0, :s, :o, :kind)")
                    .param("id", id).param("s", idOf(relation.getSubject())).param("o", idOf(relation.getObject()))
                    .param("kind", kind).update();
        } else {
            throw new IllegalStateException("No history to bring back #" + id);
        }
    }

    private long revisionBefore(RecordKind kind, long id, long mergeRev) {
        Long revision = revisionBeforeOrNull(kind, id, mergeRev);
        if (revision == null) {
            throw new IllegalStateException("No history of #" + id + " before the merge");
        }
        return revision;
    }

    private Long revisionBeforeOrNull(RecordKind kind, long id, long mergeRev) {
        return jdbc.sql("select max(rev) from " + kind.table() + "_aud where id = :id and rev < :rev")
                .param("id", id).param("rev", mergeRev).query(Long.class).optional().orElse(null);
    }

    // ---- small helpers

    private Organization organization(long id) {
        Organization organization = entityManager.find(Organization.class, id);
        if (organization == null) {
            throw new com.partnershiptracker.organization.OrganizationNotFoundException(id);
        }
        return organization;
    }

    private Person person(long id) {
        Person person = entityManager.find(Person.class, id);
        if (person == null) {
            throw new com.partnershiptracker.person.PersonNotFoundException(id);
        }
        return person;
    }

    private static void requireDistinct(long keptId, long mergedId) {
        if (keptId == mergedId) {
            throw new IllegalArgumentException("merge.same");
        }
    }

    private static Candidate candidate(Organization organization) {
        return new Candidate(organization.getId(), organization.getSlug(), organization.getName(), organization.getVersion());
    }

    private static Candidate candidate(Person person) {
        return new Candidate(person.getId(), person.getSlug(), person.getName(), person.getVersion());
    }

    private static String slugOf(BaseEntity entity) {
        return entity instanceof Organization organization ? organization.getSlug() : ((Person) entity).getSlug();
    }

    private static List<String> identifiersTaken(Organization kept, Organization merged) {
        List<String> taken = new ArrayList<>();
        OrganizationIdentifiers keptIds = kept.getIdentifiers();
        OrganizationIdentifiers mergedIds = merged.getIdentifiers();
        if (keptIds.wikidata() == null && mergedIds.wikidata() != null) {
            taken.add(mergedIds.wikidata());
        }
        if (keptIds.lei() == null && mergedIds.lei() != null) {
            taken.add(mergedIds.lei());
        }
        if (keptIds.krCorporateRegistrationNumber() == null && mergedIds.krCorporateRegistrationNumber() != null) {
            taken.add(mergedIds.krCorporateRegistrationNumber());
        }
        return taken;
    }

    /** The merged record's names and aliases that the kept record does not carry yet, as the same key. */
    static List<String> newAliases(Bilingual keptName, List<String> keptAliases, Bilingual mergedName, List<String> mergedAliases) {
        List<String> known = new ArrayList<>();
        for (String text : allOf(keptName, keptAliases)) {
            known.add(AliasKey.of(text));
        }
        List<String> added = new ArrayList<>();
        for (String text : allOf(mergedName, mergedAliases)) {
            String key = AliasKey.of(text);
            if (key != null && !known.contains(key)) {
                known.add(key);
                added.add(text.strip());
            }
        }
        return added;
    }

    private static List<String> allOf(Bilingual name, List<String> aliases) {
        List<String> all = new ArrayList<>();
        if (name.ko() != null) {
            all.add(name.ko());
        }
        if (name.en() != null) {
            all.add(name.en());
        }
        all.addAll(aliases);
        return all;
    }

    private static Bilingual relationLabel(OrganizationRelation relation) {
        return Bilingual.of(join(relation.getSubject().getName().ko(), relation.getObject().getName().ko()),
                join(relation.getSubject().getName().en(), relation.getObject().getName().en()));
    }

    private static Bilingual positionLabel(Position position) {
        return Bilingual.of(join(position.getPerson().getName().ko(), position.getTitle().ko()),
                join(position.getPerson().getName().en(), position.getTitle().en()));
    }

    private static String join(String first, String second) {
        if (first == null) {
            return second;
        }
        return second == null ? first : first + " · " + second;
    }

    private static Bilingual abbreviated(Bilingual text) {
        return Bilingual.of(cut(text.ko()), cut(text.en()));
    }

    private static String cut(String text) {
        return text == null || text.length() <= 80 ? text : text.substring(0, 79) + "…";
    }

    private static String firstOf(String first, String second) {
        return first != null ? first : second;
    }

    private static long idOf(BaseEntity entity) {
        return entity.getId();
    }

    private static String currentUser() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? "system" : authentication.getName();
    }
}
