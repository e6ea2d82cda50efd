package com.partnershiptracker.search;

import com.partnershiptracker.shared.Bilingual;
import com.partnershiptracker.shared.RecordLink;
import com.partnershiptracker.shared.TextQuery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Finds records whose names, titles, aliases or words contain the text, in Korean or English,
 * partial words included ("카카오" finds 카카오페이). One statement whatever the text: a union of
 * case-insensitive substring matches, each branch limited. On PostgreSQL the pg_trgm indexes
 * (V7) serve these LIKE patterns; H2 scans, which is fine for a local copy.
 */
@Service
@Transactional(readOnly = true)
public class SearchService {

    public static final int PER_KIND = 20;

    private static final String QUERY = """
            (select 'ORGANIZATION' as kind, o.name_ko as title_ko, o.name_en as title_en,
                    coalesce(case when lower(o.name_ko) like :p escape '\\' then o.name_ko end,
                             case when lower(o.name_en) like :p escape '\\' then o.name_en end,
                             (select min(a.alias) from organization_aliases a where a.organization_id = o.id
                                 and lower(a.alias) like :p escape '\\'), o.slug) as matched,
                    'ORGANIZATION' as link_kind, o.slug as link_key
             from organizations o
             where lower(o.name_ko) like :p escape '\\' or lower(o.name_en) like :p escape '\\' or lower(o.slug) like :p escape '\\'
                or exists (select 1 from organization_aliases a where a.organization_id = o.id and lower(a.alias) like :p escape '\\')
             order by o.slug limit :n)
            union all
            (select 'AGREEMENT', a.title_ko, a.title_en,
                    coalesce(case when lower(a.title_ko) like :p escape '\\' then a.title_ko end,
                             case when lower(a.title_en) like :p escape '\\' then a.title_en end,
                             case when lower(a.summary_ko) like :p escape '\\' then a.summary_ko end, a.summary_en),
                    'AGREEMENT', cast(a.id as varchar(20))
             from agreements a
             where lower(a.title_ko) like :p escape '\\' or lower(a.title_en) like :p escape '\\'
                or lower(a.summary_ko) like :p escape '\\' or lower(a.summary_en) like :p escape '\\'
             order by a.id limit :n)
            union all
            (select 'INITIATIVE', i.title_ko, i.title_en,
                    coalesce(case when lower(i.title_ko) like :p escape '\\' then i.title_ko end,
                             case when lower(i.title_en) like :p escape '\\' then i.title_en end,
                             case when lower(i.description_ko) like :p escape '\\' then i.description_ko end, i.description_en),
                    'INITIATIVE', cast(i.id as varchar(20))
             from initiatives i
             where lower(i.title_ko) like :p escape '\\' or lower(i.title_en) like :p escape '\\'
                or lower(i.description_ko) like :p escape '\\' or lower(i.description_en) like :p escape '\\'
             order by i.id limit :n)
            union all
            (select 'PERSON', pe.name_ko, pe.name_en,
                    coalesce(case when lower(pe.name_ko) like :p escape '\\' then pe.name_ko end, pe.name_en),
                    'PERSON', pe.slug
             from people pe
             where lower(pe.name_ko) like :p escape '\\' or lower(pe.name_en) like :p escape '\\' or lower(pe.slug) like :p escape '\\'
             order by pe.slug limit :n)
            union all
            (select 'STATEMENT', s.text_ko, s.text_en,
                    coalesce(case when lower(s.text_ko) like :p escape '\\' then s.text_ko end, s.text_en),
                    case when s.person_id is not null then 'PERSON' else 'ORGANIZATION' end,
                    coalesce((select pe.slug from people pe where pe.id = s.person_id),
                             (select o.slug from organizations o where o.id = s.organization_id))
             from statements s
             where lower(s.text_ko) like :p escape '\\' or lower(s.text_en) like :p escape '\\'
             order by s.id limit :n)
            union all
            (select 'SOURCE', src.headline_ko, src.headline_en,
                    coalesce(case when lower(src.headline_ko) like :p escape '\\' then src.headline_ko end,
                             case when lower(src.headline_en) like :p escape '\\' then src.headline_en end, src.publisher),
                    'SOURCE', cast(src.id as varchar(20))
             from sources src
             where lower(src.headline_ko) like :p escape '\\' or lower(src.headline_en) like :p escape '\\'
                or lower(src.publisher) like :p escape '\\'
             order by src.id limit :n)""";

    private final JdbcClient jdbc;

    SearchService(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every kind of record matching the text, at most {@value #PER_KIND} of each; nothing for blank text. */
    public SearchResults search(String text) {
        String query = TextQuery.normalize(text);
        Map<SearchKind, List<SearchHit>> groups = new EnumMap<>(SearchKind.class);
        for (SearchKind kind : SearchKind.values()) {
            groups.put(kind, new ArrayList<>());
        }
        if (query == null) {
            return new SearchResults("", groups);
        }
        jdbc.sql(QUERY).param("p", TextQuery.containsPattern(query)).param("n", PER_KIND)
                .query(rs -> {
                    SearchKind kind = SearchKind.valueOf(rs.getString("kind"));
                    groups.get(kind).add(new SearchHit(kind, Bilingual.of(rs.getString("title_ko"), rs.getString("title_en")),
                            rs.getString("matched"), RecordLink.of(rs.getString("link_kind"), rs.getString("link_key"))));
                });
        return new SearchResults(query, groups);
    }
}
