package com.partnershiptracker.timeline;

import com.partnershiptracker.agreement.Agreement;
import com.partnershiptracker.initiative.Initiative;
import com.partnershiptracker.initiative.Metric;
import com.partnershiptracker.organization.Organization;
import com.partnershiptracker.organization.OrganizationRelation;
import com.partnershiptracker.person.Person;
import com.partnershiptracker.person.Position;
import com.partnershiptracker.statement.Statement;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The records one transaction has inserted, updated or deleted, by the kind of record whose
 * timeline rows they can change. Records that are on no timeline (sources, accounts) are ignored.
 */
final class ChangedRecords {

    /** A kind of record, and so which facts' rows a change to it can alter (see TimelineRows). */
    enum RecordKind {
        ORGANIZATION, RELATION, PERSON, POSITION, AGREEMENT, INITIATIVE, METRIC, STATEMENT;

        static RecordKind of(Object entity) {
            for (Map.Entry<Class<?>, RecordKind> kind : BY_TYPE.entrySet()) {
                if (kind.getKey().isInstance(entity)) {
                    return kind.getValue();
                }
            }
            return null;
        }
    }

    private static final Map<Class<?>, RecordKind> BY_TYPE = Map.of(
            Organization.class, RecordKind.ORGANIZATION, OrganizationRelation.class, RecordKind.RELATION,
            Person.class, RecordKind.PERSON, Position.class, RecordKind.POSITION, Agreement.class, RecordKind.AGREEMENT,
            Initiative.class, RecordKind.INITIATIVE, Metric.class, RecordKind.METRIC, Statement.class, RecordKind.STATEMENT);

    private final Map<RecordKind, Set<Long>> idsByKind = new LinkedHashMap<>();

    /** Whether a change to this entity can alter timeline rows. */
    static boolean isTracked(Object entity, Object id) {
        return entity != null && id instanceof Long && RecordKind.of(entity) != null;
    }

    /** Notes a changed entity of a tracked kind. */
    void add(Object entity, Object id) {
        if (isTracked(entity, id)) {
            idsByKind.computeIfAbsent(RecordKind.of(entity), k -> new LinkedHashSet<>()).add((Long) id);
        }
    }

    Set<Long> ids(RecordKind kind) {
        return idsByKind.getOrDefault(kind, Set.of());
    }

    boolean isEmpty() {
        return idsByKind.isEmpty();
    }
}
