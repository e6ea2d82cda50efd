package com.partnershiptracker.dump;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which tables the dump holds: the public record, parents before the rows that refer to them, so that
 * an import can read the files in this order. Their columns are read from the database itself, so a
 * column that a later migration adds is in the dump without a change here.
 *
 * <p>Left out on purpose: the accounts and everything about signing in ({@code users}, {@code spring_session*},
 * {@code sign_in_*}, {@code account_changes}), which are private; the history ({@code revinfo} and the
 * {@code *_aud} tables), which names the editors and keeps what was deleted; the copies derived from the record
 * ({@code timeline_entry_rows}, {@code timeline_organization_rows}, {@code fact_organization_rows}, the
 * {@code network_*} tables), which an import computes again; the locks ({@code *_lock}) and Flyway's history;
 * the duplicates' bookkeeping ({@code duplicate_dismissals}, {@code record_merges}, {@code merge_moves},
 * {@code merged_slugs}), which names the editors and points into the history.
 */
final class DumpedTables {

    static final List<String> NAMES = List.of(
            "sources",
            "organizations", "organization_aliases", "organization_relations",
            "people", "person_aliases", "positions",
            "agreements", "agreement_parties", "agreement_areas", "agreement_attendees",
            "initiatives", "initiative_organizations",
            "metrics", "statements",
            "organization_citations", "organization_relation_citations", "person_citations", "position_citations",
            "agreement_citations", "initiative_citations", "metric_citations", "statement_citations");

    /**
     * Columns of public tables that are not public. A source's article text is pasted by editors only to check
     * quotes against it: it is someone else's copyrighted article, shown on no public page.
     */
    static final Map<String, Set<String>> PRIVATE_COLUMNS = Map.of("sources", Set.of("article_text"));

    private DumpedTables() {
    }

    static boolean isPublic(String table, String column) {
        return !PRIVATE_COLUMNS.getOrDefault(table, Set.of()).contains(column);
    }
}
