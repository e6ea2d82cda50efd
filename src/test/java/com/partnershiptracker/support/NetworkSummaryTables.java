package com.partnershiptracker.support;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;

/** The network's summary tables, each with the view that sums them from the agreements, and how far apart the two are. */
public final class NetworkSummaryTables {

    public static final List<String> PAIRS = List.of("network_parties:network_party_rows",
            "network_node_years:network_node_year_sums", "network_node_totals:network_node_total_sums",
            "network_pair_years:network_pair_year_sums", "network_pair_totals:network_pair_total_sums");

    private NetworkSummaryTables() {
    }

    /**
     * Fills the summary tables again from their views, parties first, as V17 filled them: for tests that delete
     * records with plain SQL, which leaves the summary rows of what they deleted behind.
     */
    public static void rebuildFromViews(JdbcClient jdbc) {
        for (int i = PAIRS.size() - 1; i >= 0; i--) {
            jdbc.sql("delete from " + PAIRS.get(i).split(":")[0]).update();
        }
        for (String pair : PAIRS) {
            String[] tableAndView = pair.split(":");
            String columns = String.join(", ", jdbc.sql("select column_name from information_schema.columns"
                    + " where table_name = :table order by ordinal_position").param("table", tableAndView[0]).query(String.class).list());
            jdbc.sql("insert into " + tableAndView[0] + " (" + columns + ") select " + columns + " from " + tableAndView[1]).update();
        }
    }

    /** The rows in the table and not in the view, plus those in the view and not in the table. */
    public static long differences(JdbcClient jdbc, String table, String view) {
        String columns = String.join(", ", jdbc.sql("select column_name from information_schema.columns"
                + " where table_name = :table order by ordinal_position").param("table", table).query(String.class).list());
        return jdbc.sql("select count(*) from ((select " + columns + " from " + table + " except select " + columns
                + " from " + view + ") union all (select " + columns + " from " + view + " except select " + columns
                + " from " + table + ")) d").query(Long.class).single();
    }
}
