package com.partnershiptracker.support;

import com.partnershiptracker.timeline.TimelineRowsFill;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.ArrayList;
import java.util.List;

/**
 * The timeline's indexed copy (timeline_entry_rows, fact_organization_rows and
 * timeline_organization_rows), for tests: made again from the views after a test writes records
 * behind the app's back, and compared with the views both ways, each row the copy lacks or holds in
 * excess given as text. The comparison reads the views on its own, not through the app's fill, so
 * that it can catch a fill that is wrong.
 */
public final class TimelineCopy {

    private static final String ENTRY_COLUMNS = "entry_kind, fact_kind, fact_id, entry_date, entry_precision, entry_inferred,"
            + " precision_rank, title_ko, title_en, detail_ko, detail_en, link_kind, link_key";

    private TimelineCopy() {
    }

    /** Writes the copy again from the views, with the app's own fill for every fact. */
    public static void rebuildFromViews(JdbcClient jdbc) {
        TimelineRowsFill.forEveryFact().forEach(statement -> jdbc.sql(statement).update());
    }

    public static List<String> differences(JdbcClient jdbc) {
        List<String> differences = new ArrayList<>();
        differences.addAll(rows(jdbc, "missing timeline row", "select " + ENTRY_COLUMNS + " from timeline_entries"
                + " except select " + ENTRY_COLUMNS + " from timeline_entry_rows"));
        differences.addAll(rows(jdbc, "stale timeline row", "select " + ENTRY_COLUMNS + " from timeline_entry_rows"
                + " except select " + ENTRY_COLUMNS + " from timeline_entries"));
        differences.addAll(rows(jdbc, "missing organization row", "select fact_kind, fact_id, organization_id from fact_organizations"
                + " except select fact_kind, fact_id, organization_id from fact_organization_rows"));
        differences.addAll(rows(jdbc, "stale organization row", "select fact_kind, fact_id, organization_id from fact_organization_rows"
                + " except select fact_kind, fact_id, organization_id from fact_organizations"));
        String joined = "select f.organization_id, e.entry_kind, e.fact_kind, e.fact_id, e.entry_date, e.entry_precision,"
                + " e.precision_rank from timeline_entries e join fact_organizations f on f.fact_kind = e.fact_kind and f.fact_id = e.fact_id";
        String copied = "select organization_id, entry_kind, fact_kind, fact_id, entry_date, entry_precision, precision_rank"
                + " from timeline_organization_rows";
        differences.addAll(rows(jdbc, "missing entry-organization row", joined + " except " + copied));
        differences.addAll(rows(jdbc, "stale entry-organization row", copied + " except " + joined));
        return differences;
    }

    private static List<String> rows(JdbcClient jdbc, String what, String query) {
        return jdbc.sql(query + " limit 20").query((rs, n) -> {
            StringBuilder row = new StringBuilder(what).append(':');
            for (int column = 1; column <= rs.getMetaData().getColumnCount(); column++) {
                row.append(' ').append(rs.getString(column));
            }
            return row.toString();
        }).list();
    }
}
