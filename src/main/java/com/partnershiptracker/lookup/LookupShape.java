package com.partnershiptracker.lookup;

import java.util.List;

/**
 * How one kind of record is looked up: its table, the lower-cased columns a typed text is matched
 * against, and the columns that describe a match. Every name column has a trigram index on
 * PostgreSQL, so a contains-match is an index scan, not a table scan.
 */
record LookupShape(String table, String slugColumn, List<String> nameColumns, String aliasIds, String filter, String describe, String joins,
                   String kindEnum, String datePrefix) {

    private static final String NO_DATE = "cast(null as date) as d_date, cast(null as varchar(5)) as d_precision, "
            + "cast(null as boolean) as d_inferred";

    static LookupShape of(LookupKind kind) {
        return switch (kind) {
            case ORGANIZATIONS -> new LookupShape("organizations", "t.slug", List.of("lower(t.name_ko)", "lower(t.name_en)"),
                    "select a.organization_id from organization_aliases a where lower(a.alias) %s", null,
                    "t.slug as lookup_key, t.name_ko as label_ko, t.name_en as label_en, t.kind as kind_code, " + NO_DATE
                            + ", p.name_ko as context_ko, p.name_en as context_en",
                    "left join organizations p on p.id = t.parent_id", "OrganizationKind", null);
            case PEOPLE -> new LookupShape("people", "t.slug", List.of("lower(t.name_ko)", "lower(t.name_en)"), null, null,
                    "t.slug as lookup_key, t.name_ko as label_ko, t.name_en as label_en, "
                            + "cast(null as varchar(20)) as kind_code, " + NO_DATE + ", "
                            + latestEmployer("name_ko") + " as context_ko, " + latestEmployer("name_en") + " as context_en",
                    "", null, null);
            case SOURCES -> new LookupShape("sources", null, List.of("lower(t.headline_ko)", "lower(t.headline_en)"), null, null,
                    "cast(t.id as varchar(20)) as lookup_key, t.headline_ko as label_ko, t.headline_en as label_en, "
                            + "t.kind as kind_code, t.published_date as d_date, t.published_precision as d_precision, "
                            + "t.published_inferred as d_inferred, t.publisher as context_ko, t.publisher as context_en",
                    "", "SourceKind", "d");
            case AGREEMENTS -> new LookupShape("agreements", null, List.of("lower(t.title_ko)", "lower(t.title_en)"), null, null,
                    "cast(t.id as varchar(20)) as lookup_key, t.title_ko as label_ko, t.title_en as label_en, "
                            + "t.kind as kind_code, t.signed_date as d_date, t.signed_precision as d_precision, "
                            + "t.signed_inferred as d_inferred, cast(null as varchar(1)) as context_ko, "
                            + "cast(null as varchar(1)) as context_en",
                    "", "AgreementKind", "d");
            case INITIATIVES -> new LookupShape("initiatives", null, List.of("lower(t.title_ko)", "lower(t.title_en)"), null, null,
                    "cast(t.id as varchar(20)) as lookup_key, t.title_ko as label_ko, t.title_en as label_en, "
                            + "t.kind as kind_code, t.launched_date as d_date, t.launched_precision as d_precision, "
                            + "t.launched_inferred as d_inferred, cast(null as varchar(1)) as context_ko, "
                            + "cast(null as varchar(1)) as context_en",
                    "", "InitiativeKind", "d");
            case TARGETS -> new LookupShape("metrics", null, List.of("lower(t.measure_ko)", "lower(t.measure_en)"), null,
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

    /** Which columns a tier compares: the names, the slug and aliases, or all of them. */
    enum Columns { NAMES, SLUG_AND_ALIASES, ALL }

    /** The rows of one tier of matches: those whose name, slug or alias satisfies {@code comparison}, at most :limit. */
    String tier(int tier, String comparison, Columns columns) {
        return tier(tier, comparison, columns, false);
    }

    /** As {@link #tier(int, String, Columns)}, also taking the row whose id is :id. */
    String tier(int tier, String comparison, Columns columns, boolean orId) {
        List<String> conditions = new java.util.ArrayList<>();
        if (orId) {
            conditions.add("t.id = :id");
        }
        if (columns != Columns.SLUG_AND_ALIASES) {
            nameColumns.forEach(column -> conditions.add(column + " " + comparison));
        }
        if (columns != Columns.NAMES && slugColumn != null) {
            conditions.add(slugColumn + " " + comparison);
        }
        if (columns != Columns.NAMES && aliasIds != null) {
            conditions.add("t.id in (" + aliasIds.formatted(comparison) + ")");
        }
        if (conditions.isEmpty()) {
            return null;
        }
        return "(select " + tier + " as tier, t.id from " + table + " t where "
                + (filter == null ? "" : filter + " and ") + "(" + String.join(" or ", conditions) + ") limit :limit)";
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
