package com.partnershiptracker.timeline;

import com.partnershiptracker.agreement.Agreement;
import com.partnershiptracker.initiative.Initiative;
import com.partnershiptracker.initiative.Metric;
import com.partnershiptracker.organization.Organization;
import com.partnershiptracker.organization.OrganizationRelation;
import com.partnershiptracker.person.Person;
import com.partnershiptracker.person.Position;
import com.partnershiptracker.shared.FactKind;
import com.partnershiptracker.statement.Statement;
import jakarta.persistence.Table;

import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The records a flush has inserted, updated or deleted, by kind of fact. Records that are on no
 * timeline (sources, accounts, revisions) are ignored.
 */
final class ChangedRecords {

    /** The entity of each kind of fact; FactKindListsTests holds it to FactKind and the other lists. */
    static final Map<Class<?>, FactKind> KINDS = Map.of(
            Organization.class, FactKind.ORGANIZATION, OrganizationRelation.class, FactKind.RELATION,
            Person.class, FactKind.PERSON, Position.class, FactKind.POSITION, Agreement.class, FactKind.AGREEMENT,
            Initiative.class, FactKind.INITIATIVE, Metric.class, FactKind.METRIC, Statement.class, FactKind.STATEMENT);

    private static final Map<FactKind, String> TABLES = tables();

    private final Map<FactKind, Set<Long>> idsByKind = new EnumMap<>(FactKind.class);

    /** Whether a change to this entity can alter timeline rows. */
    static boolean isTracked(Object entity, Object id) {
        return entity != null && id instanceof Long && kindOf(entity) != null;
    }

    /** Notes a changed entity of a tracked kind. */
    void add(Object entity, Object id) {
        if (isTracked(entity, id)) {
            idsByKind.computeIfAbsent(kindOf(entity), k -> new LinkedHashSet<>()).add((Long) id);
        }
    }

    /** The table that holds a kind's records, as its entity maps it. */
    static String tableOf(FactKind kind) {
        return TABLES.get(kind);
    }

    Set<Long> ids(FactKind kind) {
        return idsByKind.getOrDefault(kind, Set.of());
    }

    private static FactKind kindOf(Object entity) {
        for (Map.Entry<Class<?>, FactKind> kind : KINDS.entrySet()) {
            if (kind.getKey().isInstance(entity)) {
                return kind.getValue();
            }
        }
        return null;
    }

    boolean isEmpty() {
        return idsByKind.isEmpty();
    }

    private static Map<FactKind, String> tables() {
        Map<FactKind, String> tables = new EnumMap<>(FactKind.class);
        KINDS.forEach((entity, kind) -> tables.put(kind, entity.getAnnotation(Table.class).name()));
        return tables;
    }
}
