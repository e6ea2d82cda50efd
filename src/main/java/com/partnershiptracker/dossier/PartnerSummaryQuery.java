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
        // Metrics are counted as those about the organizations plus those of their initiatives about someone else:
        // each part is an index range, where one condition with "or" read every metric.
        // The first and latest timeline entries come as text (date and precision), each the end of an index range.
        return jdbc.sql("""
                        select
                          (select count(distinct io.initiative_id) from initiative_organizations io
                              where io.organization_id in (:ids)) as initiatives,
                          (select count(*) from positions p where p.organization_id in (:ids)) as positions,
                          (select count(*) from metrics m where m.organization_id in (:ids))
                          + (select count(*) from metrics m
                             where m.initiative_id in (select io.initiative_id from initiative_organizations io
                                                       where io.organization_id in (:ids))
                               and (m.organization_id is null or m.organization_id not in (:ids))) as metrics,
                          (select count(*) from statements s where s.organization_id in (:ids)) as statements,
                          (select count(distinct ap.agreement_id) from agreement_parties ap
                           where ap.organization_id in (:ids)) as agreements,
                          (select to_char(t.entry_date, 'YYYY-MM-DD') || '|' || t.entry_precision
                           from timeline_organization_rows t where t.organization_id in (:ids)
                           order by t.entry_date, t.precision_rank limit 1) as first_key,
                          (select to_char(t.entry_date, 'YYYY-MM-DD') || '|' || t.entry_precision
                           from timeline_organization_rows t where t.organization_id in (:ids)
                           order by t.entry_date desc, t.precision_rank desc limit 1) as latest_key""")
                .param("ids", organizationIds)
                .query((rs, n) -> new PartnerSummary(rs.getLong("initiatives"), rs.getLong("positions"),
                        rs.getLong("metrics"), rs.getLong("statements"),
                        dateIn(rs.getString("first_key")), dateIn(rs.getString("latest_key")), rs.getLong("agreements")))
                .single();
    }

    private static PartialDate dateIn(String sortKey) {
        if (sortKey == null) {
            return null;
        }
        String[] parts = sortKey.split("\\|");
        return PartialDate.of(LocalDate.parse(parts[0]), DatePrecision.valueOf(parts[1]), false, null);
    }
}
