package com.partnershiptracker.dossier;

import com.partnershiptracker.database.AsOfCondition;
import com.partnershiptracker.database.PartialDateColumns;
import com.partnershiptracker.shared.Bilingual;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads a partner's positions and figures as of a day, in two statements. */
@Component
class PartnerAsOfQuery {

    private final JdbcClient jdbc;

    PartnerAsOfQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    PartnerAsOf asOf(Collection<Long> organizationIds, LocalDate day) {
        if (organizationIds.isEmpty()) {
            return new PartnerAsOf(day, List.of(), List.of());
        }
        Map<String, Object> params = new HashMap<>();
        params.put("ids", organizationIds);
        params.put("shown", PartnerAsOf.SHOWN);
        AsOfCondition.bind(params, day);
        List<PartnerAsOf.HeldPosition> positions = jdbc.sql("""
                        select pe.slug, pe.name_ko, pe.name_en, p.title_ko, p.title_en, o.name_ko as org_ko, o.name_en as org_en,
                               p.started_date, p.started_precision, p.started_inferred,
                               case when %s then 1 else 0 end as uncertain
                        from positions p join people pe on pe.id = p.person_id join organizations o on o.id = p.organization_id
                        where p.organization_id in (:ids) and %s
                        order by o.id, p.started_date nulls last, p.id
                        limit :shown""".formatted(
                        AsOfCondition.uncertain("p.started_date", "p.started_precision", "p.ended_date", "p.ended_precision"),
                        AsOfCondition.inForce("p.started_date", "p.started_precision", "p.ended_date", "p.ended_precision")))
                .params(params)
                .query((rs, n) -> new PartnerAsOf.HeldPosition(rs.getString("slug"),
                        Bilingual.of(rs.getString("name_ko"), rs.getString("name_en")),
                        Bilingual.of(rs.getString("title_ko"), rs.getString("title_en")),
                        Bilingual.of(rs.getString("org_ko"), rs.getString("org_en")),
                        PartialDateColumns.read(rs, "started"), rs.getInt("uncertain") == 1))
                .list();
        // The latest actual of each measure dated (possibly) on or before the day; a target is not a figure of the day.
        List<PartnerAsOf.FigureThen> figures = jdbc.sql("""
                        select * from (
                            select m.measure_ko, m.measure_en, m.metric_value, m.unit, m.raw_text,
                                   m.as_of_date, m.as_of_precision, m.as_of_inferred,
                                   case when %s then 0 else 1 end as uncertain,
                                   row_number() over (partition by coalesce(m.measure_en, m.measure_ko), m.unit,
                                                      m.organization_id, m.initiative_id
                                                      order by m.as_of_date desc, m.id desc) as newest
                            from metrics m
                            where m.kind = 'ACTUAL' and m.as_of_date is not null and m.as_of_date <= :asOfDay
                              and (m.organization_id in (:ids)
                                   or m.initiative_id in (select io.initiative_id from initiative_organizations io
                                                          where io.organization_id in (:ids)))
                        ) latest
                        where newest = 1
                        order by coalesce(measure_en, measure_ko)
                        limit :shown""".formatted(AsOfCondition.surelyBy("m.as_of_date", "m.as_of_precision")))
                .params(params)
                .query((rs, n) -> new PartnerAsOf.FigureThen(Bilingual.of(rs.getString("measure_ko"), rs.getString("measure_en")),
                        rs.getBigDecimal("metric_value"), rs.getString("unit"), rs.getString("raw_text"),
                        PartialDateColumns.read(rs, "as_of"), rs.getInt("uncertain") == 1))
                .list();
        return new PartnerAsOf(day, positions, figures);
    }
}
