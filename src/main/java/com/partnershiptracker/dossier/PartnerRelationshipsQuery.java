package com.partnershiptracker.dossier;

import com.partnershiptracker.database.AsOfCondition;
import com.partnershiptracker.database.PartialDateColumns;
import com.partnershiptracker.shared.Bilingual;
import com.partnershiptracker.shared.PartialDate;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A partner's relationships, one row per agreement, initiative or relation that has a party outside
 * the partner and its affiliates, sorted and paged in the database: two statements whatever the
 * rows (the page with the total, then the page's counterparts and sources); a page past the end
 * costs a third, to count.
 */
@Component
class PartnerRelationshipsQuery {

    private static final Pattern KIND = Pattern.compile("[A-Z_]{1,30}");
    private static final Pattern SLUG = Pattern.compile("[a-z0-9-]{1,80}");
    private static final List<Long> NONE = List.of(-1L);

    private final JdbcClient jdbc;

    PartnerRelationshipsQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Page<Relationship> relationshipsOf(Collection<Long> organizationIds, RelationshipFilter filter) {
        PageRequest request = PageRequest.of(filter.slice().page(), filter.slice().size());
        if (organizationIds.isEmpty()) {
            return Page.empty(request);
        }
        Map<String, Object> params = new HashMap<>();
        params.put("ids", organizationIds);
        String from = " from (" + rows(filter.korean()) + ") rel where 1 = 1" + conditions(filter, params);
        params.put("limit", filter.slice().size());
        params.put("offset", filter.slice().offset());
        String uncertain = filter.asOf() == null ? "0"
                : "case when " + AsOfCondition.uncertain("rel.key_date", "rel.key_precision", "rel.ended_date", "rel.ended_precision")
                + " then 1 else 0 end";
        List<Row> rows = jdbc.sql("select rel.*, " + uncertain + " as uncertain, count(*) over () as total" + from
                        + " order by " + order(filter) + " limit :limit offset :offset")
                .params(params)
                .query(PartnerRelationshipsQuery::row)
                .list();
        if (rows.isEmpty()) {
            long total = filter.slice().page() == 0 ? 0 : jdbc.sql("select count(*)" + from).params(params).query(Long.class).single();
            return new PageImpl<>(List.of(), request, total);
        }
        Map<String, List<Relationship.Counterpart>> counterparts = new LinkedHashMap<>();
        Map<String, List<Relationship.SourceRef>> sources = new LinkedHashMap<>();
        readDetails(rows, organizationIds, counterparts, sources);
        List<Relationship> content = rows.stream().map(r -> new Relationship(r.category, r.factId, r.kind,
                r.kindKey(), r.roleKey(), r.date, r.statusKey(), r.title, r.detail, r.uncertain,
                counterparts.getOrDefault(r.key(), List.of()), sources.getOrDefault(r.key(), List.of()))).toList();
        return new PageImpl<>(content, request, rows.get(0).total);
    }

    /** Every relationship of the organizations with someone outside them, as one derived table. */
    private static String rows(boolean korean) {
        String name = korean ? "coalesce(o.name_ko, o.name_en)" : "coalesce(o.name_en, o.name_ko)";
        String title = korean ? "coalesce(%1$s.title_ko, %1$s.title_en)" : "coalesce(%1$s.title_en, %1$s.title_ko)";
        return """
                select 'AGREEMENT' as category, a.kind as kind, a.id as fact_id, a.title_ko as title_ko, a.title_en as title_en,
                       cast(null as varchar(1000)) as detail_ko, cast(null as varchar(1000)) as detail_en,
                       (select p.role from agreement_parties p where p.agreement_id = a.id and p.organization_id in (:ids)
                        order by p.position limit 1) as role,
                       coalesce(a.signed_date, a.announced_date, a.effective_date) as key_date,
                       case when a.signed_date is not null then a.signed_precision
                            when a.announced_date is not null then a.announced_precision else a.effective_precision end as key_precision,
                       case when a.signed_date is not null then a.signed_inferred
                            when a.announced_date is not null then a.announced_inferred else a.effective_inferred end as key_inferred,
                       a.status as status, a.ended_date as ended_date, a.ended_precision as ended_precision,
                       (select count(distinct c.source_id) from agreement_citations c where c.agreement_id = a.id) as source_count,
                       (select min(%1$s) from agreement_parties p join organizations o on o.id = p.organization_id
                        where p.agreement_id = a.id and p.organization_id not in (:ids)) as counterpart_name,
                       %2$s as title_sort
                from agreements a
                where exists (select 1 from agreement_parties p where p.agreement_id = a.id and p.organization_id in (:ids))
                  and exists (select 1 from agreement_parties p where p.agreement_id = a.id and p.organization_id not in (:ids))
                union all
                select 'INITIATIVE', i.kind, i.id, i.title_ko, i.title_en, null, null,
                       (select p.role from initiative_organizations p where p.initiative_id = i.id and p.organization_id in (:ids)
                        order by p.position limit 1),
                       coalesce(i.launched_date, i.started_date, i.announced_date),
                       case when i.launched_date is not null then i.launched_precision
                            when i.started_date is not null then i.started_precision else i.announced_precision end,
                       case when i.launched_date is not null then i.launched_inferred
                            when i.started_date is not null then i.started_inferred else i.announced_inferred end,
                       i.status, i.ended_date, i.ended_precision,
                       (select count(distinct c.source_id) from initiative_citations c where c.initiative_id = i.id),
                       (select min(%1$s) from initiative_organizations p join organizations o on o.id = p.organization_id
                        where p.initiative_id = i.id and p.organization_id not in (:ids)),
                       %3$s
                from initiatives i
                where exists (select 1 from initiative_organizations p where p.initiative_id = i.id and p.organization_id in (:ids))
                  and exists (select 1 from initiative_organizations p where p.initiative_id = i.id and p.organization_id not in (:ids))
                union all
                select 'RELATION', r.kind, r.id, null, null, r.detail_ko, r.detail_en,
                       case when r.subject_id in (:ids) then 'OUTGOING' else 'INCOMING' end,
                       r.started_date, r.started_precision, r.started_inferred,
                       case when r.ended_date is null then 'IN_FORCE' else 'ENDED' end, r.ended_date, r.ended_precision,
                       (select count(distinct c.source_id) from organization_relation_citations c where c.organization_relation_id = r.id),
                       (select %1$s from organizations o
                        where o.id = case when r.subject_id in (:ids) then r.object_id else r.subject_id end),
                       null
                from organization_relations r
                where (r.subject_id in (:ids) and r.object_id not in (:ids))
                   or (r.object_id in (:ids) and r.subject_id not in (:ids))
                """.formatted(name, title.formatted("a"), title.formatted("i"));
    }

    private static String conditions(RelationshipFilter filter, Map<String, Object> params) {
        StringBuilder sql = new StringBuilder();
        if (filter.kind() != null && KIND.matcher(filter.kind()).matches()) {
            sql.append(" and (rel.category = :kind or rel.kind = :kind)");
            params.put("kind", filter.kind());
        }
        if (filter.counterpart() != null && SLUG.matcher(filter.counterpart()).matches()) {
            sql.append(" ").append("""
                     and ((rel.category = 'AGREEMENT' and exists (select 1 from agreement_parties p join organizations o on o.id = p.organization_id
                                                                  where p.agreement_id = rel.fact_id and o.slug = :counterpart and o.id not in (:ids)))
                       or (rel.category = 'INITIATIVE' and exists (select 1 from initiative_organizations p join organizations o on o.id = p.organization_id
                                                                   where p.initiative_id = rel.fact_id and o.slug = :counterpart and o.id not in (:ids)))
                       or (rel.category = 'RELATION' and exists (select 1 from organization_relations r join organizations o
                                                                   on o.id = r.subject_id or o.id = r.object_id
                                                                 where r.id = rel.fact_id and o.slug = :counterpart and o.id not in (:ids))))""");
            params.put("counterpart", filter.counterpart());
        }
        if (filter.asOf() != null) {
            sql.append(" and ").append(AsOfCondition.inForce("rel.key_date", "rel.key_precision", "rel.ended_date", "rel.ended_precision"));
            AsOfCondition.bind(params, filter.asOf());
        }
        return sql.toString();
    }

    private static String order(RelationshipFilter filter) {
        String dir = filter.descending() ? " desc" : " asc";
        String nulls = " nulls last";
        String byDate = "rel.key_date" + dir + nulls
                + ", case rel.key_precision when 'YEAR' then 0 when 'MONTH' then 1 else 2 end" + dir;
        String first = switch (filter.sort()) {
            case COUNTERPART -> "rel.counterpart_name" + dir + nulls;
            case KIND -> "rel.category" + dir + ", rel.kind" + dir;
            case ROLE -> "rel.role" + dir + nulls;
            case DATE -> byDate;
            case STATUS -> "rel.status" + dir;
            case SUBJECT -> "rel.title_sort" + dir + nulls;
            case SOURCES -> "rel.source_count" + dir;
        };
        String tieBreak = filter.sort() == RelationshipSort.DATE ? "" : ", rel.key_date desc nulls last";
        return first + tieBreak + ", rel.category, rel.fact_id";
    }

    /** The page's counterparts and sources, in one statement. */
    private void readDetails(List<Row> rows, Collection<Long> organizationIds, Map<String, List<Relationship.Counterpart>> counterparts,
                             Map<String, List<Relationship.SourceRef>> sources) {
        Map<String, Object> params = idsByCategory(rows);
        params.put("ids", organizationIds);
        jdbc.sql("""
                        select 'C' as detail, 'AGREEMENT' as category, p.agreement_id as fact_id, cast(p.position as bigint) as ord,
                               o.slug as slug, o.name_ko as name_ko, o.name_en as name_en,
                               cast('PartyRole.' || p.role as varchar(60)) as role_key, cast(null as varchar(200)) as publisher
                        from agreement_parties p join organizations o on o.id = p.organization_id
                        where p.agreement_id in (:agreementIds) and p.organization_id not in (:ids)
                        union all
                        select 'C', 'INITIATIVE', p.initiative_id, cast(p.position as bigint), o.slug, o.name_ko, o.name_en,
                               cast('InitiativeRole.' || p.role as varchar(60)), null
                        from initiative_organizations p join organizations o on o.id = p.organization_id
                        where p.initiative_id in (:initiativeIds) and p.organization_id not in (:ids)
                        union all
                        select 'C', 'RELATION', r.id, cast(0 as bigint), o.slug, o.name_ko, o.name_en, null, null
                        from organization_relations r
                        join organizations o on o.id = case when r.subject_id in (:ids) then r.object_id else r.subject_id end
                        where r.id in (:relationIds)
                        union all
                        select distinct 'S', 'AGREEMENT', c.agreement_id, s.id, null, null, null, null, s.publisher
                        from agreement_citations c join sources s on s.id = c.source_id where c.agreement_id in (:agreementIds)
                        union all
                        select distinct 'S', 'INITIATIVE', c.initiative_id, s.id, null, null, null, null, s.publisher
                        from initiative_citations c join sources s on s.id = c.source_id where c.initiative_id in (:initiativeIds)
                        union all
                        select distinct 'S', 'RELATION', c.organization_relation_id, s.id, null, null, null, null, s.publisher
                        from organization_relation_citations c join sources s on s.id = c.source_id
                        where c.organization_relation_id in (:relationIds)
                        order by 1, 2, 3, 4""")
                .params(params)
                .query(rs -> {
                    String key = rs.getString("category") + ":" + rs.getLong("fact_id");
                    if ("C".equals(rs.getString("detail"))) {
                        counterparts.computeIfAbsent(key, k -> new ArrayList<>()).add(new Relationship.Counterpart(rs.getString("slug"),
                                Bilingual.of(rs.getString("name_ko"), rs.getString("name_en")), rs.getString("role_key")));
                    } else {
                        sources.computeIfAbsent(key, k -> new ArrayList<>())
                                .add(new Relationship.SourceRef(rs.getLong("ord"), rs.getString("publisher")));
                    }
                });
    }

    private static Map<String, Object> idsByCategory(List<Row> rows) {
        Map<String, Object> params = new HashMap<>();
        params.put("agreementIds", idsOf(rows, RelationshipCategory.AGREEMENT));
        params.put("initiativeIds", idsOf(rows, RelationshipCategory.INITIATIVE));
        params.put("relationIds", idsOf(rows, RelationshipCategory.RELATION));
        return params;
    }

    // "in ()" is not SQL: a category without rows on the page matches the id no row has.
    private static List<Long> idsOf(List<Row> rows, RelationshipCategory category) {
        List<Long> ids = rows.stream().filter(r -> r.category == category).map(r -> r.factId).toList();
        return ids.isEmpty() ? NONE : ids;
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(RelationshipCategory.valueOf(rs.getString("category")), rs.getLong("fact_id"), rs.getString("kind"),
                rs.getString("role"), PartialDateColumns.read(rs, "key"), rs.getString("status"),
                Bilingual.of(rs.getString("title_ko"), rs.getString("title_en")),
                Bilingual.of(rs.getString("detail_ko"), rs.getString("detail_en")), rs.getInt("uncertain") == 1,
                rs.getLong("total"));
    }

    private record Row(RelationshipCategory category, long factId, String kind, String role,
                       PartialDate date, String status, Bilingual title, Bilingual detail,
                       boolean uncertain, long total) {

        String key() {
            return category + ":" + factId;
        }

        String kindKey() {
            return switch (category) {
                case AGREEMENT -> "AgreementKind." + kind;
                case INITIATIVE -> "InitiativeKind." + kind;
                case RELATION -> "RelationKind." + kind;
            };
        }

        String roleKey() {
            if (role == null) {
                return null;
            }
            return switch (category) {
                case AGREEMENT -> "PartyRole." + role;
                case INITIATIVE -> "InitiativeRole." + role;
                case RELATION -> "relationship.direction." + role;
            };
        }

        String statusKey() {
            return switch (category) {
                case AGREEMENT -> "AgreementStatus." + status;
                case INITIATIVE -> "InitiativeStatus." + status;
                case RELATION -> "relationship.status." + status;
            };
        }
    }
}
