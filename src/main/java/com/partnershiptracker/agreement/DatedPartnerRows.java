package com.partnershiptracker.agreement;

import com.partnershiptracker.organization.PartnerSelection;
import org.springframework.jdbc.core.RowMapper;

import java.util.Optional;

/**
 * One partner's agreements in the list's date orders, read from the timeline's indexed copy
 * (timeline_organization_rows, V9): there each of the partner's dated agreements already sits in
 * an index beside the partner, ordered by the very date and precision the list sorts by. A page
 * is then a short range of that index, where reading the partner's agreements from the parties
 * and sorting them reads every one of them (about 5 ms of PostgreSQL for a partner of 700).
 * Agreements with no date are not on the timeline; they come last in both date orders, so the
 * copy serves every page that holds none of them, and the general statement the rest.
 */
final class DatedPartnerRows {

    /** How many of the partner's agreements have a date, as {@code n}. */
    static final String DATED = "select count(*) as n from timeline_organization_rows t"
            + " where t.organization_id in (:partnerIds) and t.entry_kind = 'AGREEMENT'";

    /** The partner's agreements, and how many of them have a date; one statement. */
    static final String COUNT = "select count(distinct p.agreement_id) as total, (" + DATED + ") as dated"
            + " from agreement_parties p where p.organization_id in (:partnerIds)";

    static final RowMapper<Counts> COUNTS = (rs, n) -> new Counts(rs.getLong("total"), rs.getLong("dated"));

    private DatedPartnerRows() {
    }

    /** Whether the copy can serve this list: one organization, no other filter, ordered by date. */
    static boolean serve(AgreementFilter filter, PartnerSelection partners) {
        return partners != null && partners.organizationIds().size() == 1 && !filter.narrowsBeyondPartners()
                && !partners.requiresEach(filter.match())
                && filter.sort() != AgreementSort.TITLE;
    }

    /**
     * The statement reading the ids of the window's rows in the order they are read, when every
     * row of the window has a date; empty when the window reaches an agreement with none.
     */
    static Optional<String> idsInWindow(AgreementSort sort, ListingWindow window, Counts counts) {
        long undated = counts.total() - counts.dated();
        long offset;
        if (!window.fromTheEnd() && window.offset() + window.limit() <= counts.dated()) {
            offset = window.offset();
        } else if (window.fromTheEnd() && window.offset() >= undated) {
            offset = window.offset() - undated;
        } else {
            return Optional.empty();
        }
        return Optional.of(ids((sort == AgreementSort.NEWEST) != window.fromTheEnd(), window.limit(), offset));
    }

    /** The statement reading the ids of the partner's dated agreements in a date order, {@code limit} from {@code offset}. */
    static String ids(boolean newestFirst, int limit, long offset) {
        // The nulls go where the index puts them (last ascending, first descending), so that the
        // index gives the order; only the precision can be null, and the list puts it there too.
        String direction = newestFirst ? " desc" : " asc";
        return "select t.fact_id as id from timeline_organization_rows t"
                + " where t.organization_id in (:partnerIds) and t.entry_kind = 'AGREEMENT'"
                + " order by t.entry_date" + direction + ", t.precision_rank" + direction + ", t.fact_id" + direction
                + " limit " + limit + " offset " + offset;
    }

    record Counts(long total, long dated) {
    }
}
