-- Read models shared by the list pages, the timeline and the API. Views keep the merging logic in
-- one place; the tables stay the single source of truth.

-- One row per agreement with the date it is listed under: signed, else announced, else effective.
create view agreement_listing as
select a.id,
       a.title_ko,
       a.title_en,
       a.kind,
       a.status,
       coalesce(a.signed_date, a.announced_date, a.effective_date) as key_date,
       case when a.signed_date is not null then a.signed_precision
            when a.announced_date is not null then a.announced_precision
            else a.effective_precision end as key_precision,
       case when a.signed_date is not null then a.signed_inferred
            when a.announced_date is not null then a.announced_inferred
            else a.effective_inferred end as key_inferred,
       case coalesce(a.signed_precision, a.announced_precision, a.effective_precision)
            when 'YEAR' then 0 when 'MONTH' then 1 when 'DAY' then 2 end as precision_rank,
       a.summary_ko,
       a.summary_en
from agreements a;

-- Every dated fact, one row per milestone. precision_rank orders a coarse date before a finer
-- one that starts on the same day, so "2020" sorts before "July 2020" before "1 July 2020".
create view timeline_entries as
select cast('AGREEMENT' as varchar(30)) as entry_kind, cast('AGREEMENT' as varchar(20)) as fact_kind, l.id as fact_id,
       l.key_date as entry_date, l.key_precision as entry_precision, l.key_inferred as entry_inferred,
       l.precision_rank, l.title_ko, l.title_en,
       cast(null as varchar(4000)) as detail_ko, cast(null as varchar(4000)) as detail_en,
       cast('AGREEMENT' as varchar(20)) as link_kind, cast(l.id as varchar(80)) as link_key
from agreement_listing l where l.key_date is not null
union all
select 'AGREEMENT_ENDED', 'AGREEMENT', a.id, a.ended_date, a.ended_precision, a.ended_inferred,
       case a.ended_precision when 'YEAR' then 0 when 'MONTH' then 1 else 2 end,
       a.title_ko, a.title_en, null, null, 'AGREEMENT', cast(a.id as varchar(80))
from agreements a where a.ended_date is not null
union all
select 'INITIATIVE_ANNOUNCED', 'INITIATIVE', i.id, i.announced_date, i.announced_precision, i.announced_inferred,
       case i.announced_precision when 'YEAR' then 0 when 'MONTH' then 1 else 2 end,
       i.title_ko, i.title_en, null, null, 'INITIATIVE', cast(i.id as varchar(80))
from initiatives i where i.announced_date is not null
union all
select 'INITIATIVE_STARTED', 'INITIATIVE', i.id, i.started_date, i.started_precision, i.started_inferred,
       case i.started_precision when 'YEAR' then 0 when 'MONTH' then 1 else 2 end,
       i.title_ko, i.title_en, null, null, 'INITIATIVE', cast(i.id as varchar(80))
from initiatives i where i.started_date is not null
union all
select 'INITIATIVE_LAUNCHED', 'INITIATIVE', i.id, i.launched_date, i.launched_precision, i.launched_inferred,
       case i.launched_precision when 'YEAR' then 0 when 'MONTH' then 1 else 2 end,
       i.title_ko, i.title_en, null, null, 'INITIATIVE', cast(i.id as varchar(80))
from initiatives i where i.launched_date is not null
union all
select 'INITIATIVE_ENDED', 'INITIATIVE', i.id, i.ended_date, i.ended_precision, i.ended_inferred,
       case i.ended_precision when 'YEAR' then 0 when 'MONTH' then 1 else 2 end,
       i.title_ko, i.title_en, null, null, 'INITIATIVE', cast(i.id as varchar(80))
from initiatives i where i.ended_date is not null
union all
select 'POSITION_STARTED', 'POSITION', p.id, p.started_date, p.started_precision, p.started_inferred,
       case p.started_precision when 'YEAR' then 0 when 'MONTH' then 1 else 2 end,
       coalesce(pe.name_ko, pe.name_en), coalesce(pe.name_en, pe.name_ko),
       coalesce(p.title_ko, p.title_en), coalesce(p.title_en, p.title_ko), 'PERSON', pe.slug
from positions p join people pe on pe.id = p.person_id where p.started_date is not null
union all
select 'STATEMENT', 'STATEMENT', s.id, s.stated_date, s.stated_precision, s.stated_inferred,
       case s.stated_precision when 'YEAR' then 0 when 'MONTH' then 1 else 2 end,
       coalesce(pe.name_ko, pe.name_en, o.name_ko, o.name_en), coalesce(pe.name_en, pe.name_ko, o.name_en, o.name_ko),
       coalesce(s.text_ko, s.text_en), coalesce(s.text_en, s.text_ko),
       case when pe.id is not null then 'PERSON' else 'ORGANIZATION' end, coalesce(pe.slug, o.slug)
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
       coalesce(cast(m.initiative_id as varchar(80)), mo.slug)
from metrics m left join organizations mo on mo.id = m.organization_id where m.as_of_date is not null
union all
select 'ORGANIZATION_FOUNDED', 'ORGANIZATION', o.id, o.founded_date, o.founded_precision, o.founded_inferred,
       case o.founded_precision when 'YEAR' then 0 when 'MONTH' then 1 else 2 end,
       coalesce(o.name_ko, o.name_en), coalesce(o.name_en, o.name_ko), null, null, 'ORGANIZATION', o.slug
from organizations o where o.founded_date is not null
union all
select 'ORGANIZATION_DISSOLVED', 'ORGANIZATION', o.id, o.dissolved_date, o.dissolved_precision, o.dissolved_inferred,
       case o.dissolved_precision when 'YEAR' then 0 when 'MONTH' then 1 else 2 end,
       coalesce(o.name_ko, o.name_en), coalesce(o.name_en, o.name_ko), null, null, 'ORGANIZATION', o.slug
from organizations o where o.dissolved_date is not null
union all
select 'RELATION_STARTED', 'RELATION', r.id, r.started_date, r.started_precision, r.started_inferred,
       case r.started_precision when 'YEAR' then 0 when 'MONTH' then 1 else 2 end,
       coalesce(s.name_ko, s.name_en), coalesce(s.name_en, s.name_ko),
       coalesce(o.name_ko, o.name_en), coalesce(o.name_en, o.name_ko), 'ORGANIZATION', s.slug
from organization_relations r
join organizations s on s.id = r.subject_id
join organizations o on o.id = r.object_id
where r.started_date is not null;

-- Which organizations each fact involves; the partner filter of the timeline reads this.
create view fact_organizations as
select cast('AGREEMENT' as varchar(20)) as fact_kind, p.agreement_id as fact_id, p.organization_id from agreement_parties p
union all
select 'INITIATIVE', io.initiative_id, io.organization_id from initiative_organizations io
union all
select 'POSITION', p.id, p.organization_id from positions p
union all
select 'STATEMENT', s.id, s.organization_id from statements s where s.organization_id is not null
union all
select 'METRIC', m.id, m.organization_id from metrics m where m.organization_id is not null
union all
select 'METRIC', m.id, io.organization_id from metrics m
    join initiative_organizations io on io.initiative_id = m.initiative_id
    where m.organization_id is null or io.organization_id <> m.organization_id
union all
select 'ORGANIZATION', o.id, o.id from organizations o
union all
select 'RELATION', r.id, r.subject_id from organization_relations r
union all
select 'RELATION', r.id, r.object_id from organization_relations r;

-- Every citation with the kind and id of the fact it supports.
create view fact_citations as
select cast('ORGANIZATION' as varchar(20)) as fact_kind, c.organization_id as fact_id, c.position, c.source_id, c.quote, c.claim_attribute, c.claim_value, c.note
from organization_citations c
union all
select 'RELATION', c.organization_relation_id, c.position, c.source_id, c.quote, c.claim_attribute, c.claim_value, c.note
from organization_relation_citations c
union all
select 'PERSON', c.person_id, c.position, c.source_id, c.quote, c.claim_attribute, c.claim_value, c.note
from person_citations c
union all
select 'POSITION', c.position_id, c.position, c.source_id, c.quote, c.claim_attribute, c.claim_value, c.note
from position_citations c
union all
select 'AGREEMENT', c.agreement_id, c.position, c.source_id, c.quote, c.claim_attribute, c.claim_value, c.note
from agreement_citations c
union all
select 'INITIATIVE', c.initiative_id, c.position, c.source_id, c.quote, c.claim_attribute, c.claim_value, c.note
from initiative_citations c
union all
select 'METRIC', c.metric_id, c.position, c.source_id, c.quote, c.claim_attribute, c.claim_value, c.note
from metric_citations c
union all
select 'STATEMENT', c.statement_id, c.position, c.source_id, c.quote, c.claim_attribute, c.claim_value, c.note
from statement_citations c;

-- One label per fact, dated or not, with what its page is: the sources page lists every fact a
-- source supports through this.
create view fact_labels as
select cast('ORGANIZATION' as varchar(20)) as fact_kind, o.id as fact_id,
       coalesce(o.name_ko, o.name_en) as title_ko, coalesce(o.name_en, o.name_ko) as title_en,
       cast('ORGANIZATION' as varchar(20)) as link_kind, cast(o.slug as varchar(80)) as link_key
from organizations o
union all
select 'RELATION', r.id, coalesce(s.name_ko, s.name_en) || ' → ' || coalesce(o.name_ko, o.name_en),
       coalesce(s.name_en, s.name_ko) || ' → ' || coalesce(o.name_en, o.name_ko), 'ORGANIZATION', s.slug
from organization_relations r join organizations s on s.id = r.subject_id join organizations o on o.id = r.object_id
union all
select 'PERSON', p.id, coalesce(p.name_ko, p.name_en), coalesce(p.name_en, p.name_ko), 'PERSON', p.slug
from people p
union all
select 'POSITION', p.id, coalesce(pe.name_ko, pe.name_en) || ' · ' || coalesce(p.title_ko, p.title_en),
       coalesce(pe.name_en, pe.name_ko) || ' · ' || coalesce(p.title_en, p.title_ko), 'PERSON', pe.slug
from positions p join people pe on pe.id = p.person_id
union all
select 'AGREEMENT', a.id, coalesce(a.title_ko, a.title_en), coalesce(a.title_en, a.title_ko), 'AGREEMENT', cast(a.id as varchar(80))
from agreements a
union all
select 'INITIATIVE', i.id, coalesce(i.title_ko, i.title_en), coalesce(i.title_en, i.title_ko), 'INITIATIVE', cast(i.id as varchar(80))
from initiatives i
union all
select 'METRIC', m.id, coalesce(m.measure_ko, m.measure_en) || ': ' || coalesce(m.raw_text, cast(m.metric_value as varchar(60))),
       coalesce(m.measure_en, m.measure_ko) || ': ' || coalesce(cast(m.metric_value as varchar(60)), m.raw_text),
       case when m.initiative_id is not null then 'INITIATIVE' else 'ORGANIZATION' end,
       coalesce(cast(m.initiative_id as varchar(80)), mo.slug)
from metrics m left join organizations mo on mo.id = m.organization_id
union all
select 'STATEMENT', s.id, coalesce(s.text_ko, s.text_en), coalesce(s.text_en, s.text_ko),
       case when pe.id is not null then 'PERSON' else 'ORGANIZATION' end, coalesce(pe.slug, o.slug)
from statements s left join people pe on pe.id = s.person_id left join organizations o on o.id = s.organization_id;
