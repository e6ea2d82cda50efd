package com.partnershiptracker.agreement;

import com.partnershiptracker.organization.OrganizationKind;
import com.partnershiptracker.organization.PartnerSelection;
import com.partnershiptracker.shared.Bilingual;
import com.partnershiptracker.database.DateRangeCondition;
import com.partnershiptracker.shared.PartialDate;
import com.partnershiptracker.database.PartialDateColumns;
import com.partnershiptracker.shared.TextQuery;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The agreement list read model. Whatever the filter and the number of rows, a page costs three
 * statements: the count, the page of agreements, and the parties of the agreements on the page.
 * One partner's list in a date order is read from the timeline's copy where it can (DatedPartnerRows).
 * The ids alone of a page cost two: the count and the page.
 */
@Component
class AgreementListing {

    /** From this many agreements on, a partner's first rows are found by walking the order (see PartnerRows). */
    static final int MANY_AGREEMENTS = 2000;

    private final JdbcClient jdbc;
    private final AllAgreementsCount allAgreements;

    AgreementListing(JdbcClient jdbc, AllAgreementsCount allAgreements) {
        this.jdbc = jdbc;
        this.allAgreements = allAgreements;
    }

    Page<AgreementSummary> find(AgreementFilter filter, PartnerSelection partners, Locale locale) {
        Page<AgreementRow> page = page(filter, partners, locale, true,
                (rs, n) -> new AgreementRow(rs.getLong("id"), Bilingual.of(rs.getString("title_ko"), rs.getString("title_en")),
                        AgreementKind.valueOf(rs.getString("kind")), AgreementStatus.valueOf(rs.getString("status")),
                        PartialDateColumns.read(rs, "key")));
        Map<Long, List<PartySummary>> parties = page.isEmpty()
                ? Map.of()
                : partiesOf(page.getContent().stream().map(AgreementRow::id).toList());
        return page.map(row -> new AgreementSummary(row.id(), row.title(), row.kind(), row.status(), row.date(),
                parties.getOrDefault(row.id(), List.of())));
    }

    /** The ids of one page of the list, in its order, and the total; two statements (one when nothing matches). */
    Page<Long> findIds(AgreementFilter filter, PartnerSelection partners, Locale locale) {
        return page(filter, partners, locale, false, (rs, n) -> rs.getLong("id"));
    }

    /** The count, then the page: its rows from the view when {@code wholeRows}, else only their ids. */
    private <T> Page<T> page(AgreementFilter filter, PartnerSelection partners, Locale locale, boolean wholeRows,
                             RowMapper<T> mapper) {
        PageRequest pageRequest = PageRequest.of(filter.slice().page(), filter.slice().size());
        if (partners != null && partners.matchesNothing(filter.match())) {
            return Page.empty(pageRequest);
        }
        Map<String, Object> params = new HashMap<>();
        String where = whereClause(filter, partners, PartnerRows.PROBED, params);

        DatedPartnerRows.Counts dated = DatedPartnerRows.serve(filter, partners)
                ? jdbc.sql(DatedPartnerRows.COUNT).params(params).query(DatedPartnerRows.COUNTS).single()
                : null;
        long total = dated != null ? dated.total()
                : partners == null && filter.selectsEverything()
                ? allAgreements.now()
                : jdbc.sql(countOf(filter, partners, where)).params(params).query(Long.class).single();
        if (total == 0 || filter.slice().offset() >= total) {
            return new PageImpl<>(List.of(), pageRequest, total);
        }

        // A deep page skips its offset in an index of the order (V15), reading only the keys; then
        // its rows are read by id. A page nearer the end is counted from the end, in reverse.
        ListingWindow window = ListingWindow.of(filter.slice().offset(), filter.slice().size(), total);
        ListingOrder order = ListingOrder.of(filter.sort(), locale);
        String orderBy = window.fromTheEnd() ? order.reversed() : order.forward();
        PartnerRows partnerRows = partners == null ? PartnerRows.PROBED : PartnerRows.chosenFor(window, total);
        String ids = Optional.ofNullable(dated).flatMap(counts -> DatedPartnerRows.idsInWindow(filter.sort(), window, counts))
                .orElseGet(() -> idsInWindow(filter, partners, partnerRows, window, order, new HashMap<>()));
        List<T> fetched = new ArrayList<>(jdbc.sql(wholeRows ? "select l.* from agreement_listing l where l.id in (" + ids + ")" + orderBy : ids)
                .params(params)
                .query(mapper)
                .list());
        if (window.fromTheEnd()) {
            Collections.reverse(fetched);
        }
        return new PageImpl<>(fetched, pageRequest, total);
    }

    /**
     * The statement reading the ids of the window's rows in the order they are read (backwards for
     * a window counted from the end), the partners' agreements found as {@code partnerRows} says.
     */
    static String idsInWindow(AgreementFilter filter, PartnerSelection partners, PartnerRows partnerRows,
                              ListingWindow window, ListingOrder order, Map<String, Object> params) {
        // Limit and offset are written as numbers, not parameters: a plan cached for any limit walks every agreement.
        return "select l.id from agreement_listing l" + whereClause(filter, partners, partnerRows, params)
                + (window.fromTheEnd() ? order.reversed() : order.forward())
                + " limit " + window.limit() + " offset " + window.offset();
    }

    /**
     * How a page of a partner's agreements is found. The planner's guess of how many a partner has
     * can be far off, so the count decides.
     */
    enum PartnerRows {
        /**
         * Walk the order's index and ask, for each agreement, whether the partner is party to it:
         * cheapest when the page is among the partner's very first agreements, so few are asked about.
         */
        PROBED(" and exists (select 1 from agreement_parties p where p.agreement_id = l.id and p.organization_id in (:partnerIds))"),
        /**
         * Walk the order's index keeping the agreements found in a hash of the partner's, built once
         * from the parties' index: a few microseconds per thousand agreements walked, where asking
         * about each one costs a lookup. The comparison with true keeps the condition a hashed
         * subplan rather than a join, which would ask about each agreement again.
         */
        HASHED(" and (l.id in (select p.agreement_id from agreement_parties p where p.organization_id in (:partnerIds))) = true"),
        /**
         * Read every agreement of the partner from the parties' index and sort them: cheapest when
         * they are few, or the page lies so deep that the walk would pass most of the agreements.
         * "offset 0" keeps the partner's agreements a set of their own, read first.
         */
        READ_FIRST(" and l.id in (select p.agreement_id from agreement_parties p where p.organization_id in (:partnerIds) offset 0)");

        /**
         * Walking to the page passes about (offset + limit) x all agreements / the partner's: the
         * probe is chosen while that is under a 200th of all agreements, the hash under a fifth.
         */
        private static final int PROBED_FACTOR = 200;
        private static final int HASHED_FACTOR = 5;

        private final String condition;

        PartnerRows(String condition) {
            this.condition = condition;
        }

        static PartnerRows chosenFor(ListingWindow window, long partnerAgreements) {
            long rowsUpToThePage = window.offset() + window.limit();
            if (partnerAgreements < MANY_AGREEMENTS) {
                return READ_FIRST;
            }
            if (rowsUpToThePage * PROBED_FACTOR <= partnerAgreements) {
                return PROBED;
            }
            return rowsUpToThePage * HASHED_FACTOR <= partnerAgreements ? HASHED : READ_FIRST;
        }
    }

    /**
     * Filtered by partners alone, the total is counted in the index of agreement parties; any other
     * filter needs the agreements' own columns.
     */
    private static String countOf(AgreementFilter filter, PartnerSelection partners, String where) {
        return partners != null && !filter.narrowsBeyondPartners() && !partners.requiresEach(filter.match())
                ? "select count(distinct p.agreement_id) from agreement_parties p where p.organization_id in (:partnerIds)"
                : "select count(*) from agreement_listing l" + where;
    }

    /**
     * The newest agreements any of the organizations is party to, with every party and the full
     * total, in one statement: the page is chosen in a subquery and joined to its parties.
     */
    Page<AgreementSummary> newestOf(Collection<Long> organizationIds, int size) {
        PageRequest pageRequest = PageRequest.of(0, size);
        if (organizationIds.isEmpty()) {
            return Page.empty(pageRequest);
        }
        Map<Long, AgreementSummary> agreements = new LinkedHashMap<>();
        long[] total = {0};
        // Of the three ways to find the newest, the counts choose one; the others are never run. One
        // organization's newest are an index range of the timeline's copy (see DatedPartnerRows) when
        // the page holds no agreement without a date. Otherwise many agreements are walked in order
        // against a hash of the partner's (see PartnerRows): a prepared statement's generic plan guesses
        // a partner has a hundred, and would otherwise read all of a busy partner's first.
        String datedServes = organizationIds.size() == 1
                ? "((select n from dated) >= %d or (select n from dated) = (select n from total))".formatted(size)
                : "false";
        jdbc.sql("""
                        with total as (select count(distinct t.agreement_id) as n from agreement_parties t
                                       where t.organization_id in (:partnerIds)),
                             dated as (%5$s)
                        select shown.*, total.n as total, p.role as party_role, o.id as party_id, o.slug as party_slug,
                               o.name_ko as party_name_ko, o.name_en as party_name_en, o.kind as party_kind
                        from ((select l.* from agreement_listing l
                               where %4$s
                                 and l.id in (%6$s))
                              union all
                              (select l.* from agreement_listing l
                               where not %4$s and (select n from total) >= %1$d %3$s
                               order by l.key_date desc nulls last, l.precision_rank desc, l.id desc
                               limit %2$d)
                              union all
                              (select l.* from agreement_listing l
                               where not %4$s and (select n from total) < %1$d
                                 and l.id in (select p.agreement_id from agreement_parties p
                                              where p.organization_id in (:partnerIds) offset 0)
                               order by l.key_date desc nulls last, l.precision_rank desc, l.id desc
                               limit %2$d)) shown
                        cross join total
                        join agreement_parties p on p.agreement_id = shown.id
                        join organizations o on o.id = p.organization_id
                        order by shown.key_date desc nulls last, shown.precision_rank desc, shown.id desc, p.position"""
                        .formatted(MANY_AGREEMENTS, size, PartnerRows.HASHED.condition, datedServes,
                                DatedPartnerRows.DATED, DatedPartnerRows.ids(true, size, 0)))
                .param("partnerIds", organizationIds)
                .query(rs -> {
                    total[0] = rs.getLong("total");
                    long id = rs.getLong("id");
                    AgreementSummary agreement = agreements.get(id);
                    if (agreement == null) {
                        agreement = new AgreementSummary(id, Bilingual.of(rs.getString("title_ko"), rs.getString("title_en")),
                                AgreementKind.valueOf(rs.getString("kind")), AgreementStatus.valueOf(rs.getString("status")),
                                PartialDateColumns.read(rs, "key"), new ArrayList<>());
                        agreements.put(id, agreement);
                    }
                    agreement.parties().add(new PartySummary(rs.getLong("party_id"), rs.getString("party_slug"),
                            Bilingual.of(rs.getString("party_name_ko"), rs.getString("party_name_en")),
                            OrganizationKind.valueOf(rs.getString("party_kind")), PartyRole.valueOf(rs.getString("party_role"))));
                });
        return new PageImpl<>(List.copyOf(agreements.values()), pageRequest, total[0]);
    }

    /**
     * The parties of each agreement, in their order; one statement of the same text for any number
     * of agreements (an array of ids), so that it is planned once.
     */
    Map<Long, List<PartySummary>> partiesOf(Collection<Long> agreementIds) {
        Map<Long, List<PartySummary>> parties = new HashMap<>();
        // "any(array[...])" cannot be hashed, so each party is read by its key rather than every organization hashed.
        jdbc.sql("""
                        select p.agreement_id, p.role, o.id, o.slug, o.name_ko, o.name_en, o.kind
                        from agreement_parties p join organizations o on o.id = any(array[p.organization_id])
                        where p.agreement_id = any(:ids)
                        order by p.agreement_id, p.position""")
                .param("ids", agreementIds.toArray(Long[]::new))
                .query(rs -> {
                    parties.computeIfAbsent(rs.getLong("agreement_id"), id -> new ArrayList<>())
                            .add(new PartySummary(rs.getLong("id"), rs.getString("slug"),
                                    Bilingual.of(rs.getString("name_ko"), rs.getString("name_en")),
                                    OrganizationKind.valueOf(rs.getString("kind")), PartyRole.valueOf(rs.getString("role"))));
                });
        return parties;
    }

    static String whereClause(AgreementFilter filter, PartnerSelection partners, PartnerRows partnerRows,
                              Map<String, Object> params) {
        StringBuilder sql = new StringBuilder(" where 1 = 1");
        if (partners != null) {
            sql.append(partnerRows.condition);
            params.put("partnerIds", partners.organizationIds());
            if (partners.requiresEach(filter.match())) {
                appendEachPartnerIsParty(sql, partners, params);
            }
        }
        if (!filter.kinds().isEmpty()) {
            sql.append(" and l.kind in (:kinds)");
            params.put("kinds", filter.kinds().stream().map(Enum::name).toList());
        }
        if (!filter.statuses().isEmpty()) {
            sql.append(" and l.status in (:statuses)");
            params.put("statuses", filter.statuses().stream().map(Enum::name).toList());
        }
        DateRangeCondition.append(sql, params, "l.key_date", "l.key_precision", filter.from(), filter.to());
        if (filter.text() != null) {
            sql.append(" and (lower(l.title_ko) like :text escape '\\' or lower(l.title_en) like :text escape '\\'")
                    .append(" or lower(l.summary_ko) like :text escape '\\' or lower(l.summary_en) like :text escape '\\')");
            params.put("text", TextQuery.containsPattern(filter.text()));
        }
        return sql.toString();
    }

    /**
     * Keeps the agreements to which every partner (or one of its affiliates, when they are
     * included) is a party: one probe of the parties' key per partner and agreement, the
     * agreements themselves still found by the partner condition before it.
     */
    private static void appendEachPartnerIsParty(StringBuilder sql, PartnerSelection partners, Map<String, Object> params) {
        for (int i = 0; i < partners.eachPartner().size(); i++) {
            sql.append(" and exists (select 1 from agreement_parties e").append(i)
                    .append(" where e").append(i).append(".agreement_id = l.id and e").append(i)
                    .append(".organization_id in (:partner").append(i).append("Ids))");
            params.put("partner" + i + "Ids", partners.eachPartner().get(i));
        }
    }

    private record AgreementRow(long id, Bilingual title, AgreementKind kind, AgreementStatus status,
                                PartialDate date) {
    }
}
