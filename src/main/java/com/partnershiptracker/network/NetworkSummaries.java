package com.partnershiptracker.network;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Keeps the network's summary tables (V17) in step with the record: for the agreements a change
 * touches, their rows in network_parties are written again from the network_party_rows view, and
 * every total those agreements counted in, before or after, is summed again from the views the
 * migration defines. The tables are filled from the same views, so the two cannot disagree.
 */
final class NetworkSummaries {

    private static final int KEYS_PER_STATEMENT = 500;
    /**
     * A sum's keys, as a list of ORed conditions, are tested against every row that the view joins for any of
     * them, so a statement costs rows x keys: with the busiest organizations' rows (thousands a year) a bulk
     * import's 500 keys took over 30 s in one statement, where ten statements of 50 take a tenth of it.
     */
    private static final int SUM_KEYS_PER_STATEMENT = 50;
    private static final String PARTY_COLUMNS = "agreement_id, grouped, node_id, key_year, external, parties, external_parties";
    private static final String NODE_YEAR_COLUMNS = "grouped, node_id, key_year, agreements, connections,"
            + " external_agreements, external_connections";
    private static final String NODE_TOTAL_COLUMNS = "grouped, node_id, agreements, connections,"
            + " external_agreements, external_connections";
    private static final String PAIR_YEAR_COLUMNS = "grouped, first_id, second_id, key_year, agreements, external_agreements";
    private static final String PAIR_TOTAL_COLUMNS = "grouped, first_id, second_id, agreements, external_agreements";

    private final JdbcClient jdbc;
    private final Set<List<Object>> nodeYears = new LinkedHashSet<>();
    private final Set<List<Object>> pairYears = new LinkedHashSet<>();

    private NetworkSummaries(Connection connection) {
        this.jdbc = JdbcClient.create(new SingleConnectionDataSource(connection, true));
    }

    /** Rewrites the summaries of these agreements, whether they were added, changed or deleted. */
    static void refreshAgreements(Collection<Long> agreementIds, Connection connection) {
        if (agreementIds.isEmpty()) {
            return;
        }
        NetworkSummaries summaries = new NetworkSummaries(connection);
        summaries.jdbc.sql("select id from network_summary_lock where id = 1 for update").query(Integer.class).list();
        for (List<Object> ids : chunks(agreementIds.stream().sorted().map(Object.class::cast).toList())) {
            summaries.noteTotalsOf(ids);
            summaries.jdbc.sql("delete from network_parties where agreement_id in (:ids)").param("ids", ids).update();
            summaries.jdbc.sql("insert into network_parties (" + PARTY_COLUMNS + ") select " + PARTY_COLUMNS
                    + " from network_party_rows where agreement_id in (:ids)").param("ids", ids).update();
            summaries.noteTotalsOf(ids);
        }
        summaries.sumAgain();
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

    /** The node-years and pair-years these agreements count in, as the summary tables hold them now. */
    private void noteTotalsOf(List<Object> agreementIds) {
        nodeYears.addAll(jdbc.sql("select grouped, node_id, key_year from network_parties where agreement_id in (:ids)")
                .param("ids", agreementIds)
                .query((rs, n) -> List.<Object>of(rs.getBoolean(1), rs.getLong(2), rs.getInt(3))).list());
        pairYears.addAll(jdbc.sql("""
                        select a.grouped, a.node_id, b.node_id, a.key_year
                        from network_parties a
                        join network_parties b on b.agreement_id = a.agreement_id and b.grouped = a.grouped and b.node_id > a.node_id
                        where a.agreement_id in (:ids)""")
                .param("ids", agreementIds)
                .query((rs, n) -> List.<Object>of(rs.getBoolean(1), rs.getLong(2), rs.getLong(3), rs.getInt(4))).list());
    }

    private void sumAgain() {
        rewrite("network_node_years", NODE_YEAR_COLUMNS, "network_node_year_sums", "grouped, node_id, key_year", nodeYears);
        rewrite("network_node_totals", NODE_TOTAL_COLUMNS, "network_node_total_sums", "grouped, node_id",
                withoutYear(nodeYears));
        rewrite("network_pair_years", PAIR_YEAR_COLUMNS, "network_pair_year_sums", "grouped, first_id, second_id, key_year",
                pairYears);
        rewrite("network_pair_totals", PAIR_TOTAL_COLUMNS, "network_pair_total_sums", "grouped, first_id, second_id",
                withoutYear(pairYears));
    }

    private void rewrite(String table, String columns, String sums, String key, Set<List<Object>> keys) {
        for (List<Object> chunk : chunks(List.copyOf(keys), KEYS_PER_STATEMENT)) {
            jdbc.sql("delete from " + table + " where (" + key + ") in (:keys)").param("keys", tuples(chunk)).update();
        }
        for (List<Object> chunk : chunks(List.copyOf(keys), SUM_KEYS_PER_STATEMENT)) {
            jdbc.sql("insert into " + table + " (" + columns + ") select " + columns + " from " + sums
                    + " where (" + key + ") in (:keys)").param("keys", tuples(chunk)).update();
        }
    }

    private static List<Object[]> tuples(List<Object> keys) {
        return keys.stream().map(k -> ((List<?>) k).toArray()).toList();
    }

    /** The keys with their last part, the year, left off. */
    private static Set<List<Object>> withoutYear(Set<List<Object>> keys) {
        Set<List<Object>> totals = new LinkedHashSet<>();
        keys.forEach(key -> totals.add(key.subList(0, key.size() - 1)));
        return totals;
    }

    private static <T> List<List<Object>> chunks(List<T> all) {
        return chunks(all, KEYS_PER_STATEMENT);
    }

    private static <T> List<List<Object>> chunks(List<T> all, int size) {
        List<List<Object>> chunks = new ArrayList<>();
        for (int from = 0; from < all.size(); from += size) {
            chunks.add(List.copyOf(all.subList(from, Math.min(all.size(), from + size))));
        }
        return chunks;
    }
}
