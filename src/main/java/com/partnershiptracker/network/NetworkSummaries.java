package com.partnershiptracker.network;

import com.partnershiptracker.network.NetworkSummaryChanges.PartyRow;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Keeps the network's summary tables (V17) in step with the record: for the agreements a change
 * touches, their rows in network_parties are read again from the network_party_rows view, and where
 * they differ from the stored rows, the stored rows are replaced and every total they count in is
 * changed by what the old rows counted and the new rows count (see {@link NetworkSummaryChanges}).
 * Migration V17 fills the tables from the views, and every change after it adds what the views would.
 */
final class NetworkSummaries {

    private static final int KEYS_PER_STATEMENT = 500;
    private static final String PARTY_COLUMNS = "agreement_id, grouped, node_id, key_year, external, parties, external_parties";

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;

    private NetworkSummaries(Connection connection) {
        SingleConnectionDataSource dataSource = new SingleConnectionDataSource(connection, true);
        this.jdbc = JdbcClient.create(dataSource);
        this.batches = new JdbcTemplate(dataSource);
    }

    /** Rewrites the summaries of these agreements, whether they were added, changed or deleted. */
    static void refreshAgreements(Collection<Long> agreementIds, Connection connection) {
        if (agreementIds.isEmpty()) {
            return;
        }
        NetworkSummaries summaries = new NetworkSummaries(connection);
        summaries.jdbc.sql("select id from network_summary_lock where id = 1 for update").query(Integer.class).list();
        NetworkSummaryChanges changes = new NetworkSummaryChanges();
        for (List<Object> ids : chunks(agreementIds.stream().sorted().map(Object.class::cast).toList())) {
            summaries.replaceChangedRows(ids, changes);
        }
        summaries.apply(changes);
    }

    /**
     * Rewrites the summaries of every agreement an organization, or one below it, is party to: its
     * kind decides whether it is an internal unit, and its parent which group it and those below belong to.
     */
    static void refreshOrganizations(Collection<Long> organizationIds, Connection connection) {
        if (organizationIds.isEmpty()) {
            return;
        }
        JdbcClient jdbc = JdbcClient.create(new SingleConnectionDataSource(connection, true));
        Set<Long> organizations = new LinkedHashSet<>(organizationIds);
        Set<Long> added = organizations;
        // A parent chain is at most a few organizations deep; the set stops a loop.
        while (!added.isEmpty()) {
            Set<Long> children = new LinkedHashSet<>();
            for (List<Object> ids : chunks(List.copyOf(added))) {
                children.addAll(jdbc.sql("select id from organizations where parent_id in (:ids)").param("ids", ids)
                        .query(Long.class).list());
            }
            children.removeAll(organizations);
            organizations.addAll(children);
            added = children;
        }
        Set<Long> agreements = new LinkedHashSet<>();
        for (List<Object> ids : chunks(List.copyOf(organizations))) {
            agreements.addAll(jdbc.sql("select distinct agreement_id from agreement_parties where organization_id in (:ids)")
                    .param("ids", ids).query(Long.class).list());
        }
        refreshAgreements(agreements, connection);
    }

    private void replaceChangedRows(List<Object> agreementIds, NetworkSummaryChanges changes) {
        Map<Long, Set<PartyRow>> stored = partyRows("network_parties", agreementIds);
        Map<Long, Set<PartyRow>> current = partyRows("network_party_rows", agreementIds);
        List<Object> changed = agreementIds.stream()
                .filter(id -> !stored.getOrDefault((Long) id, Set.of()).equals(current.getOrDefault((Long) id, Set.of())))
                .toList();
        if (changed.isEmpty()) {
            return;
        }
        jdbc.sql("delete from network_parties where agreement_id in (:ids)").param("ids", changed).update();
        List<Object[]> inserted = new ArrayList<>();
        for (Object id : changed) {
            changes.count(stored.getOrDefault((Long) id, Set.of()), -1);
            Set<PartyRow> rows = current.getOrDefault((Long) id, Set.of());
            changes.count(rows, 1);
            rows.forEach(r -> inserted.add(new Object[] {r.agreementId(), r.grouped(), r.nodeId(), r.keyYear(),
                    r.external(), r.parties(), r.externalParties()}));
        }
        batches.batchUpdate("insert into network_parties (" + PARTY_COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?)", inserted);
    }

    private Map<Long, Set<PartyRow>> partyRows(String table, List<Object> agreementIds) {
        Map<Long, Set<PartyRow>> rows = new HashMap<>();
        jdbc.sql("select " + PARTY_COLUMNS + " from " + table + " where agreement_id in (:ids)").param("ids", agreementIds)
                .query((rs, n) -> new PartyRow(rs.getLong(1), rs.getBoolean(2), rs.getLong(3), rs.getInt(4), rs.getInt(5),
                        rs.getLong(6), rs.getLong(7)))
                .list()
                .forEach(row -> rows.computeIfAbsent(row.agreementId(), id -> new HashSet<>()).add(row));
        return rows;
    }

    private void apply(NetworkSummaryChanges changes) {
        addTo("network_node_years", List.of("grouped", "node_id", "key_year"),
                List.of("agreements", "connections", "external_agreements", "external_connections"), changes.nodeYears());
        addTo("network_node_totals", List.of("grouped", "node_id"),
                List.of("agreements", "connections", "external_agreements", "external_connections"), changes.nodeTotals());
        addTo("network_pair_years", List.of("grouped", "first_id", "second_id", "key_year"),
                List.of("agreements", "external_agreements"), changes.pairYears());
        addTo("network_pair_totals", List.of("grouped", "first_id", "second_id"),
                List.of("agreements", "external_agreements"), changes.pairTotals());
    }

    /**
     * Adds each row's amounts to the total of its key: a total that reaches no agreements is deleted, as the
     * views would have no row for it, and a key without a total yet is inserted.
     */
    private void addTo(String table, List<String> key, List<String> amounts, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        List<String> columns = new ArrayList<>(key);
        columns.addAll(amounts);
        String values = columns.stream().map(column -> "cast(? as " + sqlType(column) + ")").collect(Collectors.joining(", "));
        String matches = key.stream().map(column -> "t." + column + " = s." + column).collect(Collectors.joining(" and "));
        String sums = amounts.stream().map(column -> column + " = t." + column + " + s." + column)
                .collect(Collectors.joining(", "));
        batches.batchUpdate("merge into " + table + " t using (values (" + values + ")) s (" + String.join(", ", columns)
                + ") on " + matches
                + " when matched and t.agreements + s.agreements = 0 then delete"
                + " when matched then update set " + sums
                + " when not matched and s.agreements > 0 then insert (" + String.join(", ", columns) + ") values ("
                + columns.stream().map(column -> "s." + column).collect(Collectors.joining(", ")) + ")", rows);
    }

    private static String sqlType(String column) {
        return switch (column) {
            case "grouped" -> "boolean";
            case "key_year" -> "integer";
            default -> "bigint";
        };
    }

    private static <T> List<List<Object>> chunks(List<T> all) {
        List<List<Object>> chunks = new ArrayList<>();
        for (int from = 0; from < all.size(); from += KEYS_PER_STATEMENT) {
            chunks.add(List.copyOf(all.subList(from, Math.min(all.size(), from + KEYS_PER_STATEMENT))));
        }
        return chunks;
    }
}
