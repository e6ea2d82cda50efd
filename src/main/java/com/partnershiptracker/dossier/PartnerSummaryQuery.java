package com.partnershiptracker.dossier;

import com.partnershiptracker.shared.DatePrecision;
import com.partnershiptracker.shared.PartialDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.Collection;

/** Counts what the record holds about some organizations, and the span of their timeline, in one statement. */
@Component
class PartnerSummaryQuery {

    private static final PartnerSummary NOTHING = new PartnerSummary(0, 0, 0, 0, null, null);

    private final JdbcClient jdbc;

    PartnerSummaryQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    PartnerSummary summarize(Collection<Long> organizationIds) {
        if (organizationIds.isEmpty()) {
            return NOTHING;
        }
        // A timeline entry's sort key as text (date, precision rank, precision), so that min and max
        // in one pass give the first and latest entries with their precision.
        return jdbc.sql("""
                        select
                          (select count(*) from initiatives i where exists (select 1 from initiative_organizations io
                              where io.initiative_id = i.id and io.organization_id in (:ids))) as initiatives,
                          (select count(*) from positions p where p.organization_id in (:ids)) as positions,
                          (select count(*) from metrics m where m.organization_id in (:ids)
                              or m.initiative_id in (select io.initiative_id from initiative_organizations io
                                                     where io.organization_id in (:ids))) as metrics,
                          (select count(*) from statements s where s.organization_id in (:ids)) as statements,
                          span.first_key, span.latest_key
                        from (select min(e.sort_key) as first_key, max(e.sort_key) as latest_key
                              from (select to_char(e.entry_date, 'YYYY-MM-DD') || '|' || cast(e.precision_rank as varchar(1))
                                           || '|' || e.entry_precision as sort_key
                                    from timeline_entries e
                                    where exists (select 1 from fact_organizations f where f.fact_kind = e.fact_kind
                                                  and f.fact_id = e.fact_id and f.organization_id in (:ids))) e) span""")
                .param("ids", organizationIds)
                .query((rs, n) -> new PartnerSummary(rs.getLong("initiatives"), rs.getLong("positions"),
                        rs.getLong("metrics"), rs.getLong("statements"),
                        dateIn(rs.getString("first_key")), dateIn(rs.getString("latest_key"))))
                .single();
    }

    private static PartialDate dateIn(String sortKey) {
        if (sortKey == null) {
            return null;
        }
        String[] parts = sortKey.split("\\|");
        return PartialDate.of(LocalDate.parse(parts[0]), DatePrecision.valueOf(parts[2]), false, null);
    }
}
