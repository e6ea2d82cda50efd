package com.partnershiptracker.lookup;

import java.util.List;

/**
 * How one kind of record is looked up: its table, the lower-cased columns a typed text is matched
 * against, and the columns that describe a match. Every name column has a trigram index on
 * PostgreSQL, so a contains-match is an index scan, not a table scan.
 */
record LookupShape(String table, List<String> nameColumns, String aliasIds, String filter, String describe, String joins,
                   String kindEnum, String datePrefix) {

    private static final String NO_DATE = "cast(null as date) as d_date, cast(null as varchar(5)) as d_precision, "
            + "cast(null as boolean) as d_inferred";

    static LookupShape of(LookupKind kind) {
        return switch (kind) {
            case ORGANIZATIONS -> new LookupShape("organizations", List.of("t.slug", "lower(t.name_ko)", "lower(t.name_en)"),
                    "select a.organization_id from organization_aliases a where lower(a.alias) %s", null,
                    "t.slug as lookup_key, t.name_ko as label_ko, t.name_en as label_en, t.kind as kind_code, " + NO_DATE
                            + ", p.name_ko as context_ko, p.name_en as context_en",
                    "left join organizations p on p.id = t.parent_id", "OrganizationKind", null);
            case PEOPLE -> new LookupShape("people", List.of("t.slug", "lower(t.name_ko)", "lower(t.name_en)"), null, null,
                    "t.slug as lookup_key, t.name_ko as label_ko, t.name_en as label_en, "
                            + "cast(null as varchar(20)) as kind_code, " + NO_DATE + ", "
                            + latestEmployer("name_ko") + " as context_ko, " + latestEmployer("name_en") + " as context_en",
                    "", null, null);
            case SOURCES -> new LookupShape("sources", List.of("lower(t.headline_ko)", "lower(t.headline_en)"), null, null,
                    "cast(t.id as varchar(20)) as lookup_key, t.headline_ko as label_ko, t.headline_en as label_en, "
                            + "t.kind as kind_code, t.published_date as d_date, t.published_precision as d_precision, "
                            + "t.published_inferred as d_inferred, t.publisher as context_ko, t.publisher as context_en",
                    "", "SourceKind", "d");
            case AGREEMENTS -> new LookupShape("agreements", List.of("lower(t.title_ko)", "lower(t.title_en)"), null, null,
                    "cast(t.id as varchar(20)) as lookup_key, t.title_ko as label_ko, t.title_en as label_en, "
                            + "t.kind as kind_code, t.signed_date as d_date, t.signed_precision as d_precision, "
                            + "t.signed_inferred as d_inferred, cast(null as varchar(1)) as context_ko, "
                            + "cast(null as varchar(1)) as context_en",
                    "", "AgreementKind", "d");
            case INITIATIVES -> new LookupShape("initiatives", List.of("lower(t.title_ko)", "lower(t.title_en)"), null, null,
                    "cast(t.id as varchar(20)) as lookup_key, t.title_ko as label_ko, t.title_en as label_en, "
                            + "t.kind as kind_code, t.launched_date as d_date, t.launched_precision as d_precision, "
                            + "t.launched_inferred as d_inferred, cast(null as varchar(1)) as context_ko, "
                            + "cast(null as varchar(1)) as context_en",
                    "", "InitiativeKind", "d");
            case TARGETS -> new LookupShape("metrics", List.of("lower(t.measure_ko)", "lower(t.measure_en)"), null,
                    "t.kind = 'TARGET'",
                    "cast(t.id as varchar(20)) as lookup_key, t.measure_ko as label_ko, t.measure_en as label_en, "
                            + "cast(null as varchar(20)) as kind_code, t.target_date as d_date, "
                            + "t.target_precision as d_precision, t.target_inferred as d_inferred, "
                            + "case when i.id is not null then i.title_ko else o.name_ko end as context_ko, "
                            + "case when i.id is not null then i.title_en else o.name_en end as context_en",
                    "left join initiatives i on i.id = t.initiative_id left join organizations o on o.id = t.organization_id",
                    null, "d");
        };
    }

    /** The organization of a person's most recent position: what tells two namesakes apart. */
    private static String latestEmployer(String column) {
        return "(select o." + column + " from positions ps join organizations o on o.id = ps.organization_id "
                + "where ps.person_id = t.id order by ps.started_date desc nulls last, ps.id desc limit 1)";
    }

    /** The rows of one tier of matches: those whose name (or alias) satisfies {@code comparison}, at most :limit. */
    String tier(int tier, String comparison) {
        return tier(tier, comparison, false);
    }

    /** As {@link #tier(int, String)}, also taking the row whose id is :id. */
    String tier(int tier, String comparison, boolean orId) {
        StringBuilder where = new StringBuilder(orId ? "t.id = :id" : "");
        for (String column : nameColumns) {
            where.append(where.isEmpty() ? "" : " or ").append(column).append(' ').append(comparison);
        }
        if (aliasIds != null) {
            where.append(" or t.id in (").append(aliasIds.formatted(comparison)).append(')');
        }
        return "(select " + tier + " as tier, t.id from " + table + " t where "
                + (filter == null ? "" : filter + " and ") + "(" + where + ") limit :limit)";
    }

    /** The one row with this key: a slug, or an id. */
    String byKey(boolean keyedById) {
        return "select 0 as tier, t.id from " + table + " t where "
                + (filter == null ? "" : filter + " and ") + (keyedById ? "t.id = :id" : "t.slug = :key");
    }

    /** The matches named by {@code hits} (tier, id), described. */
    String describe(String hits) {
        return "with hits as (" + hits + ") select h.tier, t.id, " + describe + " from hits h join " + table
                + " t on t.id = h.id " + joins;
    }
}
