package com.partnershiptracker.search;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The search's one statement: a union of one branch per kind of record. Each branch picks at most
 * {@code :n} matching ids without an order, so that reading the index's matches stops at the n-th
 * one, and only then orders those few. Ordered and limited in one step ({@code order by id limit n}),
 * PostgreSQL either fetches and sorts every match of a common word or walks the primary key past
 * every row for a rare one. Which n of many matches come back: the first in the table's physical
 * order, in practice the oldest.
 */
final class SearchStatement {

    private static final List<String> ORGANIZATIONS = List.of("name_ko", "name_en", "slug");
    private static final List<String> ALIASES = List.of("alias");
    private static final List<String> AGREEMENTS = List.of("title_ko", "title_en", "summary_ko", "summary_en");
    private static final List<String> INITIATIVES = List.of("title_ko", "title_en", "description_ko", "description_en");
    private static final List<String> PEOPLE = List.of("name_ko", "name_en", "slug");
    private static final List<String> STATEMENTS = List.of("text_ko", "text_en");
    private static final List<String> SOURCES = List.of("headline_ko", "headline_en", "publisher");

    private static final String TEMPLATE = """
            (select 'ORGANIZATION' as kind, o.name_ko as title_ko, o.name_en as title_en,
                    coalesce(case when lower(o.name_ko) like :pattern escape '\\' then o.name_ko end,
                             case when lower(o.name_en) like :pattern escape '\\' then o.name_en end,
                             (select min(a.alias) from organization_aliases a where a.organization_id = o.id
                                 and lower(a.alias) like :pattern escape '\\'), o.slug) as matched,
                    'ORGANIZATION' as link_kind, o.slug as link_key
             from organizations o
             where o.id in ((select id from organizations where %s limit :n)
                            union (select organization_id from organization_aliases where %s limit :n))
             order by o.slug limit :n)
            union all
            (select 'AGREEMENT', a.title_ko, a.title_en,
                    coalesce(case when lower(a.title_ko) like :pattern escape '\\' then a.title_ko end,
                             case when lower(a.title_en) like :pattern escape '\\' then a.title_en end,
                             case when lower(a.summary_ko) like :pattern escape '\\' then a.summary_ko end, a.summary_en),
                    'AGREEMENT', cast(a.id as varchar(20))
             from agreements a
             where a.id in (select id from agreements where %s limit :n)
             order by a.id)
            union all
            (select 'INITIATIVE', i.title_ko, i.title_en,
                    coalesce(case when lower(i.title_ko) like :pattern escape '\\' then i.title_ko end,
                             case when lower(i.title_en) like :pattern escape '\\' then i.title_en end,
                             case when lower(i.description_ko) like :pattern escape '\\' then i.description_ko end, i.description_en),
                    'INITIATIVE', cast(i.id as varchar(20))
             from initiatives i
             where i.id in (select id from initiatives where %s limit :n)
             order by i.id)
            union all
            (select 'PERSON', pe.name_ko, pe.name_en,
                    coalesce(case when lower(pe.name_ko) like :pattern escape '\\' then pe.name_ko end, pe.name_en),
                    'PERSON', pe.slug
             from people pe
             where pe.id in (select id from people where %s limit :n)
             order by pe.slug)
            union all
            (select 'STATEMENT', s.text_ko, s.text_en,
                    coalesce(case when lower(s.text_ko) like :pattern escape '\\' then s.text_ko end, s.text_en),
                    case when s.person_id is not null then 'PERSON' else 'ORGANIZATION' end,
                    coalesce((select pe.slug from people pe where pe.id = s.person_id),
                             (select o.slug from organizations o where o.id = s.organization_id))
             from statements s
             where s.id in (select id from statements where %s limit :n)
             order by s.id)
            union all
            (select 'SOURCE', src.headline_ko, src.headline_en,
                    coalesce(case when lower(src.headline_ko) like :pattern escape '\\' then src.headline_ko end,
                             case when lower(src.headline_en) like :pattern escape '\\' then src.headline_en end, src.publisher),
                    'SOURCE', cast(src.id as varchar(20))
             from sources src
             where src.id in (select id from sources where %s limit :n)
             order by src.id)""";

    private static final Map<Matching, String> BY_MATCHING = new EnumMap<>(Matching.class);

    static {
        for (Matching matching : Matching.values()) {
            BY_MATCHING.put(matching, TEMPLATE.formatted(matching.condition(ORGANIZATIONS), matching.condition(ALIASES),
                    matching.condition(AGREEMENTS), matching.condition(INITIATIVES), matching.condition(PEOPLE),
                    matching.condition(STATEMENTS), matching.condition(SOURCES)));
        }
    }

    private SearchStatement() {
    }

    /**
     * Parameters: {@code :pattern} (TextQuery's contains pattern) and {@code :n}; with
     * {@link Matching#SHORT_GRAMS} also {@code :lowered} (the text, lowercased) and {@code :grams}
     * ({@link ShortGrams#of}).
     */
    static String sql(Matching matching) {
        return BY_MATCHING.get(matching);
    }
}
