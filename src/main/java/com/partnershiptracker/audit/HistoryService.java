package com.partnershiptracker.audit;

import com.partnershiptracker.shared.BaseEntity;
import com.partnershiptracker.shared.Bilingual;
import com.partnershiptracker.shared.StaleRecordException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

@Service
@Transactional(readOnly = true)
public class HistoryService {

    private final EntityManager entityManager;
    private final List<RestoreCheck> restoreChecks;
    private final RecordNames names;

    HistoryService(EntityManager entityManager, List<RestoreCheck> restoreChecks, RecordNames names) {
        this.entityManager = entityManager;
        this.restoreChecks = restoreChecks;
        this.names = names;
    }

    /**
     * The history of one record as its page shows it: every revision ({@link #historyOf}), the record's
     * name, and the name of every record its revisions refer to, each as it is now or, when deleted, as
     * it was last stored. The names cost one statement, two when a record was deleted, however many
     * revisions and references there are.
     */
    public RecordHistory recordHistory(Class<? extends BaseEntity> type, long id) {
        List<RevisionView> revisions = historyOf(type, id);
        RecordKey self = new RecordKey(RecordNames.kindOf(type).orElseThrow(), id);
        Set<RecordKey> named = new LinkedHashSet<>();
        named.add(self);
        revisions.forEach(revision -> revision.changes().forEach(change -> {
            referencesIn(change.before(), named);
            referencesIn(change.after(), named);
        }));
        Map<RecordKey, Bilingual> found = new HashMap<>(names.current(named));
        named.removeAll(found.keySet());
        if (!named.isEmpty()) {
            found.putAll(names.stored(named));
        }
        return new RecordHistory(self, found.get(self), revisions, found);
    }

    private static void referencesIn(HistoryValue value, Set<RecordKey> into) {
        if (value instanceof HistoryValue.Reference reference) {
            into.add(reference.record());
        } else if (value instanceof HistoryValue.Composite composite) {
            composite.parts().forEach(part -> referencesIn(part, into));
        } else if (value instanceof HistoryValue.Items items) {
            items.items().forEach(item -> referencesIn(item, into));
        }
    }

    /** The version number of the record as saved now; empty when it does not exist (any more). */
    public Optional<Long> currentVersion(Class<? extends BaseEntity> type, long id) {
        return Optional.ofNullable(entityManager.find(type, id)).map(BaseEntity::getVersion);
    }

    /**
     * Every revision of one record, newest first, each with the fields it changed. Records loaded
     * by the seed have no revision until their first edit.
     */
    public List<RevisionView> historyOf(Class<? extends BaseEntity> type, long id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = AuditReaderFactory.get(entityManager).createQuery()
                .forRevisionsOfEntity(type, false, true)
                .add(AuditEntity.id().eq(id))
                .addOrder(AuditEntity.revisionNumber().asc())
                .getResultList();
        List<RevisionView> history = new ArrayList<>();
        Map<String, HistoryValue> before = Map.of();
        for (Object[] row : rows) {
            Revision revision = (Revision) row[1];
            RevisionType kind = (RevisionType) row[2];
            Map<String, HistoryValue> after = kind == RevisionType.DEL ? Map.of() : Snapshots.describe(row[0]);
            history.add(new RevisionView(revision.getId(), revision.getUsername(), revision.getMadeAt(), kind,
                    changes(before, after), history.isEmpty(), revision.getNote(), revision.getReviewer()));
            before = after;
        }
        Collections.reverse(history);
        return history;
    }

    /**
     * Puts the record back as it was at the revision, if nobody saved it since the page showing
     * version {@code expectedVersion}. The restore is saved as a new revision of its own, so it can
     * be undone in turn.
     *
     * @throws HistoryNotFoundException when no record with the id ever existed, or no revision has the number
     * @throws StaleRecordException when the record changed since version {@code expectedVersion}
     * @throws RestoreRefusedException when the record did not exist at the revision or does not now, or the
     *         old version cannot be put back as it was (a record it refers to was deleted, a unique value
     *         is taken, a rule of its kind would break); nothing is written
     */
    @Transactional
    public <T extends BaseEntity> T restore(Class<T> type, long id, long revision, long expectedVersion) {
        T current = entityManager.find(type, id);
        if (current == null && !hasHistory(type, id)) {
            throw new HistoryNotFoundException(type.getSimpleName(), id);
        }
        if (revision < 1 || entityManager.find(Revision.class, revision) == null) {
            throw new HistoryNotFoundException("Revision", revision);
        }
        if (current == null) {
            throw new RestoreRefusedException(List.of(RestoreBlocker.because("restore.blocked.recordGone", "#" + id)));
        }
        T historical = AuditReaderFactory.get(entityManager).find(type, id, revision);
        if (historical == null) {
            throw new RestoreRefusedException(List.of(RestoreBlocker.because("restore.blocked.notAtRevision",
                    String.valueOf(revision))));
        }
        if (current.getVersion() != expectedVersion) {
            throw new StaleRecordException(type.getSimpleName(), id);
        }
        List<RestoreBlocker> blockers = new ArrayList<>(Snapshots.blockers(historical, current, entityManager));
        if (blockers.isEmpty()) {
            restoreChecks.forEach(check -> blockers.addAll(check.blockersOf(current, historical)));
        }
        if (!blockers.isEmpty()) {
            throw new RestoreRefusedException(blockers);
        }
        Snapshots.copy(historical, current, entityManager);
        try {
            entityManager.flush();
        } catch (PersistenceException e) {
            // A rule only the database knows (a constraint across rows): the transaction rolls back.
            throw new RestoreRefusedException(List.of(RestoreBlocker.because("restore.blocked.constraint", "")));
        }
        return current;
    }

    private boolean hasHistory(Class<?> type, long id) {
        return !AuditReaderFactory.get(entityManager).createQuery()
                .forRevisionsOfEntity(type, false, true)
                .add(AuditEntity.id().eq(id))
                .setMaxResults(1)
                .getResultList().isEmpty();
    }

    private static List<FieldChange> changes(Map<String, HistoryValue> before, Map<String, HistoryValue> after) {
        List<FieldChange> changes = new ArrayList<>();
        for (String field : after.isEmpty() ? before.keySet() : after.keySet()) {
            HistoryValue old = before.getOrDefault(field, HistoryValue.NONE);
            HistoryValue now = after.getOrDefault(field, HistoryValue.NONE);
            if (!old.equals(now)) {
                changes.add(new FieldChange(field, old, now));
            }
        }
        return changes;
    }
}
