package com.partnershiptracker.timeline;

import com.partnershiptracker.shared.FactKind;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Keeps timeline_entry_rows, fact_organization_rows and timeline_organization_rows (their join) in
 * step with the record: for every fact a flush's changes can alter, its rows are deleted and written
 * again from the timeline_entries and fact_organizations views (TimelineRowsFill), on the
 * transaction's own connection.
 * Besides a record's own fact, a rename reaches the rows that show the name (a
 * person's positions and statements; an organization's statements, figures and relations), and an
 * initiative's organizations are also those of its figures.
 */
final class TimelineRows {

    private static final int IDS_PER_STATEMENT = 500;
    private static final Set<FactKind> ON_THE_TIMELINE = onTheTimeline();

    private TimelineRows() {
    }

    static void rewriteFor(ChangedRecords changes, Connection connection) throws SQLException {
        Map<FactKind, Set<Long>> facts = factsTouchedBy(changes, connection);
        for (Map.Entry<FactKind, Set<Long>> kind : facts.entrySet()) {
            for (List<Long> ids : chunks(kind.getValue())) {
                rewrite(kind.getKey(), ids, connection);
            }
        }
        // An organization deleted with the record: nothing else names it once its own fact is gone.
        for (List<Long> ids : chunks(changes.ids(FactKind.ORGANIZATION))) {
            String gone = " where organization_id in (" + marks(ids) + ") and organization_id not in (select id from organizations)";
            update(connection, "delete from fact_organization_rows" + gone, ids);
            update(connection, "delete from timeline_organization_rows" + gone, ids);
        }
    }

    private static Map<FactKind, Set<Long>> factsTouchedBy(ChangedRecords changes, Connection connection) throws SQLException {
        Map<FactKind, Set<Long>> facts = new EnumMap<>(FactKind.class);
        // A person has no entries of its own: it is on the timeline through positions and statements, reached below.
        for (FactKind kind : ON_THE_TIMELINE) {
            add(facts, kind, changes.ids(kind));
        }

        Set<Long> initiatives = changes.ids(FactKind.INITIATIVE);
        add(facts, FactKind.METRIC, ids(connection, "select id from metrics where initiative_id in (%s)", initiatives));
        Set<Long> people = changes.ids(FactKind.PERSON);
        add(facts, FactKind.POSITION, ids(connection, "select id from positions where person_id in (%s)", people));
        add(facts, FactKind.STATEMENT, ids(connection, "select id from statements where person_id in (%s)", people));
        Set<Long> organizations = changes.ids(FactKind.ORGANIZATION);
        add(facts, FactKind.STATEMENT, ids(connection, "select id from statements where organization_id in (%s)", organizations));
        add(facts, FactKind.METRIC, ids(connection, "select id from metrics where organization_id in (%s)", organizations));
        add(facts, FactKind.RELATION, ids(connection, "select id from organization_relations where subject_id in (%s)", organizations));
        add(facts, FactKind.RELATION, ids(connection, "select id from organization_relations where object_id in (%s)", organizations));
        return facts;
    }

    private static void rewrite(FactKind kind, List<Long> ids, Connection connection) throws SQLException {
        // Two transactions may rewrite the same fact (renames of both ends of a relation): the lock on
        // its record makes the second wait and then replace the first's rows, instead of colliding with them.
        try (PreparedStatement lock = prepared(connection, "select id from " + ChangedRecords.tableOf(kind) + " where id in ("
                + marks(ids) + ") order by id for update", ids)) {
            lock.executeQuery().close();
        }
        for (String statement : TimelineRowsFill.forFacts(kind, ids.size())) {
            update(connection, statement, ids);
        }
    }

    private static Set<FactKind> onTheTimeline() {
        Set<FactKind> kinds = EnumSet.noneOf(FactKind.class);
        for (TimelineEntryKind entry : TimelineEntryKind.values()) {
            kinds.add(entry.factKind());
        }
        return kinds;
    }

    private static Set<Long> ids(Connection connection, String query, Set<Long> of) throws SQLException {
        Set<Long> found = new LinkedHashSet<>();
        for (List<Long> ids : chunks(of)) {
            try (PreparedStatement statement = prepared(connection, String.format(query, marks(ids)), ids);
                 ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    found.add(rows.getLong(1));
                }
            }
        }
        return found;
    }

    private static void update(Connection connection, String sql, List<Long> ids) throws SQLException {
        try (PreparedStatement statement = prepared(connection, sql, ids)) {
            statement.executeUpdate();
        }
    }

    /** Binds the ids to the statement's parameters, once for each time the statement lists them. */
    private static PreparedStatement prepared(Connection connection, String sql, List<Long> ids) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        long parameters = sql.chars().filter(c -> c == '?').count();
        for (int i = 0; i < parameters; i++) {
            statement.setLong(i + 1, ids.get(i % ids.size()));
        }
        return statement;
    }

    private static void add(Map<FactKind, Set<Long>> facts, FactKind kind, Collection<Long> ids) {
        if (!ids.isEmpty()) {
            facts.computeIfAbsent(kind, k -> new LinkedHashSet<>()).addAll(ids);
        }
    }

    private static List<List<Long>> chunks(Collection<Long> ids) {
        List<Long> all = ids.stream().sorted().toList();
        List<List<Long>> chunks = new ArrayList<>();
        for (int from = 0; from < all.size(); from += IDS_PER_STATEMENT) {
            chunks.add(all.subList(from, Math.min(all.size(), from + IDS_PER_STATEMENT)));
        }
        return chunks;
    }

    private static String marks(List<Long> ids) {
        return String.join(", ", Collections.nCopies(ids.size(), "?"));
    }
}
