-- A citation may name the attributes of its fact that it supports (the signed date, the parties ...):
-- comma-separated CitedAttribute names, null for the whole record as before. The _aud twins keep
-- them in each revision, and fact_citations shows them to the pages that read every kind at once.

alter table organization_citations add column attributes varchar(300);
alter table organization_relation_citations add column attributes varchar(300);
alter table person_citations add column attributes varchar(300);
alter table position_citations add column attributes varchar(300);
alter table agreement_citations add column attributes varchar(300);
alter table initiative_citations add column attributes varchar(300);
alter table metric_citations add column attributes varchar(300);
alter table statement_citations add column attributes varchar(300);

alter table organization_citations_aud add column attributes varchar(300);
alter table organization_relation_citations_aud add column attributes varchar(300);
alter table person_citations_aud add column attributes varchar(300);
alter table position_citations_aud add column attributes varchar(300);
alter table agreement_citations_aud add column attributes varchar(300);
alter table initiative_citations_aud add column attributes varchar(300);
alter table metric_citations_aud add column attributes varchar(300);
alter table statement_citations_aud add column attributes varchar(300);

drop view fact_citations;
create view fact_citations as
select cast('ORGANIZATION' as varchar(20)) as fact_kind, c.organization_id as fact_id, c.position, c.source_id, c.quote, c.claim_attribute, c.claim_value, c.note, c.attributes
from organization_citations c
union all
select 'RELATION', c.organization_relation_id, c.position, c.source_id, c.quote, c.claim_attribute, c.claim_value, c.note, c.attributes
from organization_relation_citations c
union all
select 'PERSON', c.person_id, c.position, c.source_id, c.quote, c.claim_attribute, c.claim_value, c.note, c.attributes
from person_citations c
union all
select 'POSITION', c.position_id, c.position, c.source_id, c.quote, c.claim_attribute, c.claim_value, c.note, c.attributes
from position_citations c
union all
select 'AGREEMENT', c.agreement_id, c.position, c.source_id, c.quote, c.claim_attribute, c.claim_value, c.note, c.attributes
from agreement_citations c
union all
select 'INITIATIVE', c.initiative_id, c.position, c.source_id, c.quote, c.claim_attribute, c.claim_value, c.note, c.attributes
from initiative_citations c
union all
select 'METRIC', c.metric_id, c.position, c.source_id, c.quote, c.claim_attribute, c.claim_value, c.note, c.attributes
from metric_citations c
union all
select 'STATEMENT', c.statement_id, c.position, c.source_id, c.quote, c.claim_attribute, c.claim_value, c.note, c.attributes
from statement_citations c;
