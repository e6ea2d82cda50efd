package com.partnershiptracker.audit;

import com.partnershiptracker.shared.BaseEntity;
import jakarta.persistence.EntityManager;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

@Service
@Transactional(readOnly = true)
public class HistoryService {

    private final EntityManager entityManager;

    HistoryService(EntityManager entityManager) {
        this.entityManager = entityManager;
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
        Map<String, String> before = Map.of();
        for (Object[] row : rows) {
            Revision revision = (Revision) row[1];
            RevisionType kind = (RevisionType) row[2];
            Map<String, String> after = kind == RevisionType.DEL ? Map.of() : Snapshots.describe(row[0]);
            history.add(new RevisionView(revision.getId(), revision.getUsername(), revision.getMadeAt(), kind,
                    changes(before, after), history.isEmpty()));
            before = after;
        }
        Collections.reverse(history);
        return history;
    }

    /**
     * Puts the record back as it was at the revision. The restore is saved as a new revision of
     * its own, so it can be undone in turn.
     *
     * @throws IllegalArgumentException when the record did not exist at that revision or exists no more
     */
    @Transactional
    public <T extends BaseEntity> T restore(Class<T> type, long id, long revision) {
        T historical = AuditReaderFactory.get(entityManager).find(type, id, revision);
        T current = entityManager.find(type, id);
        if (historical == null || current == null) {
            throw new IllegalArgumentException("Nothing to restore at revision " + revision);
        }
        Snapshots.copy(historical, current, entityManager);
        entityManager.flush();
        return current;
    }

    private static List<FieldChange> changes(Map<String, String> before, Map<String, String> after) {
        List<FieldChange> changes = new ArrayList<>();
        for (String field : after.isEmpty() ? before.keySet() : after.keySet()) {
            String old = before.getOrDefault(field, "");
            String now = after.getOrDefault(field, "");
            if (!old.equals(now)) {
                changes.add(new FieldChange(field, old, now));
            }
        }
        return changes;
    }
}
