package com.partnershiptracker.timeline;

import com.partnershiptracker.organization.OrganizationKind;
import com.partnershiptracker.organization.OrganizationRef;
import com.partnershiptracker.organization.OrganizationService;
import com.partnershiptracker.organization.PartnerSelection;
import com.partnershiptracker.shared.Bilingual;
import com.partnershiptracker.database.DateRangeCondition;
import com.partnershiptracker.database.FactKeys;
import com.partnershiptracker.shared.FactKind;
import com.partnershiptracker.shared.FactRef;
import com.partnershiptracker.shared.Figure;
import com.partnershiptracker.database.PartialDateColumns;
import com.partnershiptracker.shared.RecordLink;
import com.partnershiptracker.shared.TextQuery;
import com.partnershiptracker.export.CursorReader;
import com.partnershiptracker.export.ExportSink;
import com.partnershiptracker.source.CitationLookup;
import com.partnershiptracker.source.SourceCitation;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The timeline read model. It merges agreements, initiative milestones, positions taken,
 * statements, metrics, organization events and relations into one ordered list. Entries sort by
 * the first day of their period and then coarse before fine, so "2020" comes before "July 2020",
 * which comes before "3 July 2020"; newest-first is the exact reverse.
 */
@Service
@Transactional(readOnly = true)
public class TimelineService {

    public static final int CHART_LIMIT = 500;

    private final JdbcClient jdbc;
    private final OrganizationService organizations;
    private final CitationLookup citationLookup;
    private final TimelineStream stream;

    TimelineService(JdbcClient jdbc, OrganizationService organizations, CitationLookup citationLookup, CursorReader cursor) {
        this.jdbc = jdbc;
        this.organizations = organizations;
        this.citationLookup = citationLookup;
        this.stream = new TimelineStream(cursor, this, citationLookup);
    }

    /**
     * One page of entries matching the filter, each with its organizations and citations, in at
     * most three statements whatever the number of rows: the page with its total, organizations,
     * citations (and a count when the page is past the last).
     */
    public Page<TimelineEntry> entries(TimelineFilter filter) {
        return read(filter, PageRequest.of(filter.slice().page(), filter.slice().size()), true, true);
    }

    /**
     * The first {@code limit} entries matching the filter, in its order and ignoring its page, with
     * their total but without their organizations or citations: one statement, for a short list.
     */
    public Page<TimelineEntry> headlines(TimelineFilter filter, int limit) {
        return read(filter, PageRequest.of(0, limit), false, false);
    }

    /**
     * The first {@value #CHART_LIMIT} entries matching the filter, in its order and ignoring its
     * page, each with its organizations and citations, for drawing and its details panel: three statements.
     */
    public Page<TimelineEntry> chartEntries(TimelineFilter filter) {
        return read(filter, PageRequest.of(0, CHART_LIMIT), true, true);
    }

    /**
     * The first {@code limit} entries matching the filter (Integer.MAX_VALUE: every one), whatever
     * its page, in its order, each with its organizations and citations, handed to the sink as they
     * are read from a database cursor: memory holds a few hundred entries however many match. One
     * read-only transaction (and connection) for the whole read; statements: the partner lookup, the
     * entries, and two per {@value CursorReader#CHUNK} entries.
     */
    public void forEachMatching(TimelineFilter filter, int limit, ExportSink<TimelineEntry> sink) {
        PartnerSelection partners = filter.partners().isEmpty()
                ? null
                : organizations.selectPartners(filter.partners(), filter.includeAffiliates());
        stream.forEachMatching(filter, partners, limit, sink);
    }

    /**
     * How many entries matching the filter (whatever its page) fall in each year, the years in the
     * filter's order: one statement however many entries match, none when the partners match nothing.
     */
    public List<TimelineYear> years(TimelineFilter filter) {
        PartnerSelection partners = filter.partners().isEmpty()
                ? null
                : organizations.selectPartners(filter.partners(), filter.includeAffiliates());
        if (partners != null && partners.matchesNothing()) {
            return List.of();
        }
        Map<String, Object> params = new HashMap<>();
        String direction = filter.order() == TimelineOrder.NEWEST_FIRST ? " desc" : " asc";
        return jdbc.sql("select y.entry_year, count(*) as entries from (select extract(year from h.entry_date) as entry_year from ("
                        + hits(filter, partners, params) + ") h) y group by y.entry_year order by y.entry_year" + direction)
                .params(params)
                .query((rs, n) -> new TimelineYear(rs.getInt("entry_year"), rs.getLong("entries")))
                .list();
    }

    private Page<TimelineEntry> read(TimelineFilter filter, PageRequest pageRequest, boolean withOrganizations,
                                     boolean withCitations) {
        PartnerSelection partners = filter.partners().isEmpty()
                ? null
                : organizations.selectPartners(filter.partners(), filter.includeAffiliates());
        if (partners != null && partners.matchesNothing(filter.match())) {
            return Page.empty(pageRequest);
        }
        Map<String, Object> params = new HashMap<>();
        String hits = hits(filter, partners, params);
        String direction = filter.order() == TimelineOrder.NEWEST_FIRST ? " desc" : " asc";
        String order = " order by %1$s.entry_date" + direction + ", %1$s.precision_rank" + direction
                + ", %1$s.entry_kind" + direction + ", %1$s.fact_id" + direction;
        long[] total = {0};
        // The page is chosen among the hits' keys (for a partner, an index range), then joined to its 20 rows;
        // the total comes with it, so a page is one statement. Limit and offset are written as numbers, not
        // parameters: a plan cached for any limit sorts every hit instead of walking the index to the page.
        List<TimelineEntry> rows = jdbc.sql("select e.*, (select count(*) from (" + hits + ") c) as total_entries"
                        + " from (select h.* from (" + hits + ") h" + order.formatted("h")
                        + " limit " + pageRequest.getPageSize() + " offset " + pageRequest.getOffset() + ") p"
                        + " join timeline_entry_rows e on e.entry_kind = p.entry_kind and e.fact_id = p.fact_id"
                        + order.formatted("e"))
                .params(params)
                .query((rs, n) -> {
                    total[0] = rs.getLong("total_entries");
                    return entryOf(rs);
                })
                .list();
        if (rows.isEmpty()) {
            // Past the last page, no row carries the total.
            long count = pageRequest.getOffset() == 0 ? 0
                    : jdbc.sql("select count(*) from (" + hits + ") c").params(params).query(Long.class).single();
            return new PageImpl<>(List.of(), pageRequest, count);
        }

        Set<FactRef> facts = rows.stream().map(TimelineEntry::fact).collect(Collectors.toCollection(LinkedHashSet::new));
        Map<FactRef, TimelineEntry.Involved> involved = withOrganizations ? organizationsOf(facts) : Map.of();
        Map<FactRef, List<SourceCitation>> citations = withCitations ? citationLookup.citationsOf(facts) : Map.of();
        List<TimelineEntry> content = rows.stream()
                .map(row -> row.with(involved.getOrDefault(row.fact(), TimelineEntry.Involved.NONE),
                        citations.getOrDefault(row.fact(), List.of())))
                .toList();
        return new PageImpl<>(content, pageRequest, total[0]);
    }

    Map<FactRef, TimelineEntry.Involved> organizationsOf(Collection<FactRef> facts) {
        Map<FactRef, TimelineEntry.Involved> involved = new HashMap<>();
        // "any(array[...])" cannot be hashed, so each organization is read by its key rather than all of them hashed.
        jdbc.sql("""
                        select f.fact_kind, f.fact_id, o.id, o.slug, o.name_ko, o.name_en, o.kind,
                               case when f.fact_kind = 'AGREEMENT' then (select p.role from agreement_parties p
                                   where p.agreement_id = f.fact_id and p.organization_id = o.id) end as party_role
                        from fact_organization_rows f join organizations o on o.id = any(array[f.organization_id])
                        where """ + FactKeys.condition("f") + """
                         order by f.fact_kind, f.fact_id, o.slug""")
                .params(FactKeys.params(facts))
                .query(rs -> {
                    FactRef fact = new FactRef(FactKind.valueOf(rs.getString("fact_kind")), rs.getLong("fact_id"));
                    OrganizationRef organization = new OrganizationRef(rs.getLong("id"), rs.getString("slug"),
                            Bilingual.of(rs.getString("name_ko"), rs.getString("name_en")),
                            OrganizationKind.valueOf(rs.getString("kind")));
                    TimelineEntry.Involved of = involved.computeIfAbsent(fact,
                            f -> new TimelineEntry.Involved(new ArrayList<>(), new ArrayList<>()));
                    of.organizations().add(organization);
                    if ("PRINCIPAL".equals(rs.getString("party_role"))) {
                        of.principals().add(organization);
                    }
                });
        return involved;
    }

    /**
     * The keys and sort columns of the entries the filter keeps. With partners, they come from
     * timeline_organization_rows, one row per entry and organization, so that an entry involving two
     * of the chosen organizations is kept once.
     */
    static String hits(TimelineFilter filter, PartnerSelection partners, Map<String, Object> params) {
        StringBuilder sql = new StringBuilder();
        if (partners == null) {
            sql.append("select c.entry_kind, c.fact_id, c.entry_date, c.precision_rank from timeline_entry_rows c where 1 = 1");
        } else {
            sql.append(partners.organizationIds().size() > 1 ? "select distinct" : "select")
                    .append(" c.entry_kind, c.fact_id, c.entry_date, c.precision_rank from timeline_organization_rows c")
                    .append(" where c.organization_id in (:partnerIds)");
            params.put("partnerIds", partners.organizationIds());
            if (partners.requiresEach(filter.match())) {
                // Each partner's presence is a probe of the key of fact_organization_rows.
                for (int i = 0; i < partners.eachPartner().size(); i++) {
                    sql.append(" and exists (select 1 from fact_organization_rows g").append(i)
                            .append(" where g").append(i).append(".fact_kind = c.fact_kind and g").append(i)
                            .append(".fact_id = c.fact_id and g").append(i)
                            .append(".organization_id in (:partner").append(i).append("Ids))");
                    params.put("partner" + i + "Ids", partners.eachPartner().get(i));
                }
            }
        }
        if (!filter.kinds().isEmpty()) {
            sql.append(" and c.fact_kind in (:factKinds)");
            params.put("factKinds", filter.kinds().stream().map(Enum::name).toList());
        }
        if (!filter.dates().isEmpty()) {
            sql.append(" and c.date_role in (:dates)");
            params.put("dates", filter.dates().stream().map(Enum::name).toList());
        }
        DateRangeCondition.append(sql, params, "c.entry_date", "c.entry_precision", filter.from(), filter.to());
        if (filter.text() != null) {
            String texts = "(lower(%1$s.title_ko) like :text escape '\\' or lower(%1$s.title_en) like :text escape '\\'"
                    + " or lower(%1$s.detail_ko) like :text escape '\\' or lower(%1$s.detail_en) like :text escape '\\')";
            sql.append(partners == null ? " and " + texts.formatted("c")
                    : " and exists (select 1 from timeline_entry_rows t where t.entry_kind = c.entry_kind"
                    + " and t.fact_id = c.fact_id and " + texts.formatted("t") + ")");
            params.put("text", TextQuery.containsPattern(filter.text()));
        }
        return sql.toString();
    }

    /** An entry of a row of timeline_entry_rows, without its organizations and citations. */
    static TimelineEntry entryOf(ResultSet rs) throws SQLException {
        String agreementDate = rs.getString("date_role");
        return new TimelineEntry(TimelineEntryKind.valueOf(rs.getString("entry_kind")),
                new FactRef(FactKind.valueOf(rs.getString("fact_kind")), rs.getLong("fact_id")),
                PartialDateColumns.read(rs, "entry"),
                Bilingual.of(rs.getString("title_ko"), rs.getString("title_en")),
                Bilingual.of(rs.getString("detail_ko"), rs.getString("detail_en")),
                RecordLink.of(rs.getString("link_kind"), rs.getString("link_key")), List.of(), List.of(),
                agreementDate == null ? null : AgreementDate.valueOf(agreementDate),
                Figure.of(rs.getBigDecimal("figure_value"), rs.getString("figure_unit")), List.of());
    }
}
