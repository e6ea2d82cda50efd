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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Keeps timeline_entry_rows, fact_organization_rows and timeline_organization_rows (their join) in
 * step with the record: for every fact a flush's changes can alter, its rows are deleted and written
 * again from the timeline_entries and fact_organizations views, on the transaction's own connection.
 * Besides a record's own fact, a rename reaches the rows that show the name (a
 * person's positions and statements; an organization's statements, figures and relations), and an
 * initiative's organizations are also those of its figures.
 */
final class TimelineRows {

    private static final int IDS_PER_STATEMENT = 500;
    private static final String ENTRY_COLUMNS = "entry_kind, fact_kind, fact_id, entry_date, entry_precision, entry_inferred,"
            + " precision_rank, title_ko, title_en, detail_ko, detail_en, link_kind, link_key";
    private static final String ORGANIZATION_ENTRY_COLUMNS = "organization_id, entry_kind, fact_kind, fact_id, entry_date,"
            + " entry_precision, precision_rank";

    private static final Map<FactKind, String> TABLES = Map.of(FactKind.ORGANIZATION, "organizations",
            FactKind.RELATION, "organization_relations", FactKind.POSITION, "positions",
            FactKind.AGREEMENT, "agreements", FactKind.INITIATIVE, "initiatives", FactKind.METRIC, "metrics",
            FactKind.STATEMENT, "statements");

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
        for (FactKind kind : FactKind.values()) {
            // A person is on the timeline only through positions and statements, reached below.
            if (kind != FactKind.PERSON) {
                add(facts, kind, changes.ids(kind));
            }
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
        try (PreparedStatement lock = prepared(connection, "select id from " + TABLES.get(kind) + " where id in (" + marks(ids)
                + ") order by id for update", ids)) {
            lock.executeQuery().close();
        }
        String facts = factsWhere("", kind, ids);
        update(connection, "delete from timeline_entry_rows" + facts, ids);
        update(connection, "insert into timeline_entry_rows (" + ENTRY_COLUMNS + ") select " + ENTRY_COLUMNS
                + " from timeline_entries" + facts, ids);
        update(connection, "delete from fact_organization_rows" + facts, ids);
        update(connection, "insert into fact_organization_rows (fact_kind, fact_id, organization_id)"
                + " select distinct fact_kind, fact_id, organization_id from fact_organizations" + facts, ids);
        update(connection, "delete from timeline_organization_rows" + facts, ids);
        update(connection, "insert into timeline_organization_rows (" + ORGANIZATION_ENTRY_COLUMNS + ")"
                + " select f.organization_id, e.entry_kind, e.fact_kind, e.fact_id, e.entry_date, e.entry_precision, e.precision_rank"
                + " from timeline_entry_rows e join fact_organization_rows f on f.fact_kind = e.fact_kind and f.fact_id = e.fact_id"
                + factsWhere("e.", kind, ids), ids);
    }

    private static String factsWhere(String alias, FactKind kind, List<Long> ids) {
        // The kind is written into the statement, not bound, so that PostgreSQL plans away the other branches of the views.
        return " where " + alias + "fact_kind = '" + kind.name() + "' and " + alias + "fact_id in (" + marks(ids) + ")";
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

    private static PreparedStatement prepared(Connection connection, String sql, List<Long> ids) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < ids.size(); i++) {
            statement.setLong(i + 1, ids.get(i));
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
