-- Every date of an agreement is its own timeline entry (issue 17): the key date (signed, else
-- announced, else in effect, as agreement_listing) stays the AGREEMENT entry, which the agreement list of a partner reads
-- (agreement.DatedPartnerRows); an announcement or a start in effect on another date gets an
-- AGREEMENT_ANNOUNCED or AGREEMENT_EFFECTIVE entry. date_role says which date an agreement's entry
-- is, for its label and the dates= filter. A figure's value and unit travel as they are, so that the
-- pages format them in the reader's language; the detail keeps the exact text for search and export.
-- fact_labels likewise carries a figure's measure, value and unit apart, for the sources page.

alter table timeline_entry_rows add column date_role varchar(12);
alter table timeline_entry_rows add column figure_value numeric(24, 4);
alter table timeline_entry_rows add column figure_unit varchar(40);
alter table timeline_organization_rows add column date_role varchar(12);

drop view timeline_entries;

create view timeline_entries as
select cast('AGREEMENT' as varchar(30)) as entry_kind, cast('AGREEMENT' as varchar(20)) as fact_kind, a.id as fact_id,
       coalesce(a.signed_date, a.announced_date, a.effective_date) as entry_date,
       case when a.signed_date is not null then a.signed_precision
            when a.announced_date is not null then a.announced_precision
            else a.effective_precision end as entry_precision,
       case when a.signed_date is not null then a.signed_inferred
            when a.announced_date is not null then a.announced_inferred
            else a.effective_inferred end as entry_inferred,
       case coalesce(a.signed_precision, a.announced_precision, a.effective_precision)
            when 'YEAR' then 0 when 'MONTH' then 1 when 'DAY' then 2 end as precision_rank,
       a.title_ko, a.title_en,
       cast(null as varchar(4000)) as detail_ko, cast(null as varchar(4000)) as detail_en,
       cast('AGREEMENT' as varchar(20)) as link_kind, cast(a.id as varchar(80)) as link_key,
       cast(case when a.signed_date is not null then 'SIGNED' when a.announced_date is not null then 'ANNOUNCED'
                 else 'EFFECTIVE' end as varchar(12)) as date_role,
       cast(null as numeric(24, 4)) as figure_value, cast(null as varchar(40)) as figure_unit
from agreements a where coalesce(a.signed_date, a.announced_date, a.effective_date) is not null
union all
select 'AGREEMENT_ANNOUNCED', 'AGREEMENT', a.id, a.announced_date, a.announced_precision, a.announced_inferred,
       case a.announced_precision when 'YEAR' then 0 when 'MONTH' then 1 else 2 end,
       a.title_ko, a.title_en, null, null, 'AGREEMENT', cast(a.id as varchar(80)), 'ANNOUNCED', null, null
from agreements a
where a.announced_date is not null and a.signed_date is not null
  and not (a.announced_date = a.signed_date and a.announced_precision = a.signed_precision)
union all
select 'AGREEMENT_EFFECTIVE', 'AGREEMENT', a.id, a.effective_date, a.effective_precision, a.effective_inferred,
       case a.effective_precision when 'YEAR' then 0 when 'MONTH' then 1 else 2 end,
       a.title_ko, a.title_en, null, null, 'AGREEMENT', cast(a.id as varchar(80)), 'EFFECTIVE', null, null
from agreements a
where a.effective_date is not null and coalesce(a.signed_date, a.announced_date) is not null
  and not (a.effective_date = coalesce(a.signed_date, a.announced_date)
           and a.effective_precision = coalesce(a.signed_precision, a.announced_precision))
union all
select 'AGREEMENT_ENDED', 'AGREEMENT', a.id, a.ended_date, a.ended_precision, a.ended_inferred,
       case a.ended_precision when 'YEAR' then 0 when 'MONTH' then 1 else 2 end,
       a.title_ko, a.title_en, null, null, 'AGREEMENT', cast(a.id as varchar(80)), 'ENDED', null, null
from agreements a where a.ended_date is not null
union all
select 'INITIATIVE_ANNOUNCED', 'INITIATIVE', i.id, i.announced_date, i.announced_precision, i.announced_inferred,
       case i.announced_precision when 'YEAR' then 0 when 'MONTH' then 1 else 2 end,
       i.title_ko, i.title_en, null, null, 'INITIATIVE', cast(i.id as varchar(80)), null, null, null
from initiatives i where i.announced_date is not null
union all
select 'INITIATIVE_STARTED', 'INITIATIVE', i.id, i.started_date, i.started_precision, i.started_inferred,
       case i.started_precision when 'YEAR' then 0 when 'MONTH' then 1 else 2 end,
       i.title_ko, i.title_en, null, null, 'INITIATIVE', cast(i.id as varchar(80)), null, null, null
from initiatives i where i.started_date is not null
union all
select 'INITIATIVE_LAUNCHED', 'INITIATIVE', i.id, i.launched_date, i.launched_precision, i.launched_inferred,
       case i.launched_precision when 'YEAR' then 0 when 'MONTH' then 1 else 2 end,
       i.title_ko, i.title_en, null, null, 'INITIATIVE', cast(i.id as varchar(80)), null, null, null
from initiatives i where i.launched_date is not null
union all
select 'INITIATIVE_ENDED', 'INITIATIVE', i.id, i.ended_date, i.ended_precision, i.ended_inferred,
       case i.ended_precision when 'YEAR' then 0 when 'MONTH' then 1 else 2 end,
       i.title_ko, i.title_en, null, null, 'INITIATIVE', cast(i.id as varchar(80)), null, null, null
from initiatives i where i.ended_date is not null
union all
select 'POSITION_STARTED', 'POSITION', p.id, p.started_date, p.started_precision, p.started_inferred,
       case p.started_precision when 'YEAR' then 0 when 'MONTH' then 1 else 2 end,
       coalesce(pe.name_ko, pe.name_en), coalesce(pe.name_en, pe.name_ko),
       coalesce(p.title_ko, p.title_en), coalesce(p.title_en, p.title_ko), 'PERSON', pe.slug, null, null, null
from positions p join people pe on pe.id = p.person_id where p.started_date is not null
union all
select 'STATEMENT', 'STATEMENT', s.id, s.stated_date, s.stated_precision, s.stated_inferred,
       case s.stated_precision when 'YEAR' then 0 when 'MONTH' then 1 else 2 end,
       coalesce(pe.name_ko, pe.name_en, o.name_ko, o.name_en), coalesce(pe.name_en, pe.name_ko, o.name_en, o.name_ko),
       coalesce(s.text_ko, s.text_en), coalesce(s.text_en, s.text_ko),
       case when pe.id is not null then 'PERSON' else 'ORGANIZATION' end, coalesce(pe.slug, o.slug), null, null, null
from statements s
left join people pe on pe.id = s.person_id
left join organizations o on o.id = s.organization_id
where s.stated_date is not null
union all
select case m.kind when 'TARGET' then 'METRIC_TARGET' else 'METRIC' end, 'METRIC', m.id,
       m.as_of_date, m.as_of_precision, m.as_of_inferred,
       case m.as_of_precision when 'YEAR' then 0 when 'MONTH' then 1 else 2 end,
       coalesce(m.measure_ko, m.measure_en), coalesce(m.measure_en, m.measure_ko),
       coalesce(m.raw_text, cast(m.metric_value as varchar(60))),
       coalesce(case when m.metric_value = floor(m.metric_value) then cast(cast(m.metric_value as bigint) as varchar(60))
                     else cast(m.metric_value as varchar(60)) end || coalesce(' ' || m.unit, ''), m.raw_text),
       case when m.initiative_id is not null then 'INITIATIVE' else 'ORGANIZATION' end,
       coalesce(cast(m.initiative_id as varchar(80)), mo.slug), null, m.metric_value, m.unit
from metrics m left join organizations mo on mo.id = m.organization_id where m.as_of_date is not null
union all
select 'ORGANIZATION_FOUNDED', 'ORGANIZATION', o.id, o.founded_date, o.founded_precision, o.founded_inferred,
       case o.founded_precision when 'YEAR' then 0 when 'MONTH' then 1 else 2 end,
       coalesce(o.name_ko, o.name_en), coalesce(o.name_en, o.name_ko), null, null, 'ORGANIZATION', o.slug, null, null, null
from organizations o where o.founded_date is not null
union all
select 'ORGANIZATION_DISSOLVED', 'ORGANIZATION', o.id, o.dissolved_date, o.dissolved_precision, o.dissolved_inferred,
       case o.dissolved_precision when 'YEAR' then 0 when 'MONTH' then 1 else 2 end,
       coalesce(o.name_ko, o.name_en), coalesce(o.name_en, o.name_ko), null, null, 'ORGANIZATION', o.slug, null, null, null
from organizations o where o.dissolved_date is not null
union all
select 'RELATION_STARTED', 'RELATION', r.id, r.started_date, r.started_precision, r.started_inferred,
       case r.started_precision when 'YEAR' then 0 when 'MONTH' then 1 else 2 end,
       coalesce(s.name_ko, s.name_en), coalesce(s.name_en, s.name_ko),
       coalesce(o.name_ko, o.name_en), coalesce(o.name_en, o.name_ko), 'ORGANIZATION', s.slug, null, null, null
from organization_relations r
join organizations s on s.id = r.subject_id
join organizations o on o.id = r.object_id
where r.started_date is not null;

-- The sources page writes a figure in the reader's language: a figure's label carries its measure, value and unit apart
-- (the titles stay as they were, for the pages that show them as they are).
drop view fact_labels;

create view fact_labels as
select cast('ORGANIZATION' as varchar(20)) as fact_kind, o.id as fact_id,
       coalesce(o.name_ko, o.name_en) as title_ko, coalesce(o.name_en, o.name_ko) as title_en,
       cast('ORGANIZATION' as varchar(20)) as link_kind, cast(o.slug as varchar(80)) as link_key,
       cast(null as varchar(200)) as figure_measure_ko, cast(null as varchar(200)) as figure_measure_en,
       cast(null as numeric(24, 4)) as figure_value, cast(null as varchar(40)) as figure_unit
from organizations o
union all
select 'RELATION', r.id, coalesce(s.name_ko, s.name_en) || ' → ' || coalesce(o.name_ko, o.name_en),
       coalesce(s.name_en, s.name_ko) || ' → ' || coalesce(o.name_en, o.name_ko), 'ORGANIZATION', s.slug, null, null, null, null
from organization_relations r join organizations s on s.id = r.subject_id join organizations o on o.id = r.object_id
union all
select 'PERSON', p.id, coalesce(p.name_ko, p.name_en), coalesce(p.name_en, p.name_ko), 'PERSON', p.slug, null, null, null, null
from people p
union all
select 'POSITION', p.id, coalesce(pe.name_ko, pe.name_en) || ' · ' || coalesce(p.title_ko, p.title_en),
       coalesce(pe.name_en, pe.name_ko) || ' · ' || coalesce(p.title_en, p.title_ko), 'PERSON', pe.slug, null, null, null, null
from positions p join people pe on pe.id = p.person_id
union all
select 'AGREEMENT', a.id, coalesce(a.title_ko, a.title_en), coalesce(a.title_en, a.title_ko), 'AGREEMENT', cast(a.id as varchar(80)), null, null, null, null
from agreements a
union all
select 'INITIATIVE', i.id, coalesce(i.title_ko, i.title_en), coalesce(i.title_en, i.title_ko), 'INITIATIVE', cast(i.id as varchar(80)), null, null, null, null
from initiatives i
union all
select 'METRIC', m.id, coalesce(m.measure_ko, m.measure_en) || ': ' || coalesce(m.raw_text, cast(m.metric_value as varchar(60))),
       coalesce(m.measure_en, m.measure_ko) || ': ' || coalesce(cast(m.metric_value as varchar(60)), m.raw_text),
       case when m.initiative_id is not null then 'INITIATIVE' else 'ORGANIZATION' end,
       coalesce(cast(m.initiative_id as varchar(80)), mo.slug),
       coalesce(m.measure_ko, m.measure_en), coalesce(m.measure_en, m.measure_ko), m.metric_value, m.unit
from metrics m left join organizations mo on mo.id = m.organization_id
union all
select 'STATEMENT', s.id, coalesce(s.text_ko, s.text_en), coalesce(s.text_en, s.text_ko),
       case when pe.id is not null then 'PERSON' else 'ORGANIZATION' end, coalesce(pe.slug, o.slug), null, null, null, null
from statements s left join people pe on pe.id = s.person_id left join organizations o on o.id = s.organization_id;

-- The copy is written again from these views by the repeatable migration R__Write_the_timeline_rows_again,
-- whose definition (timeline/timeline_rows.sql) changes with this migration.
