-- Notes in both languages (issue 17). The inference note of every partial date (<name>_note) and
-- the note of every citation (note: how a loose name was resolved, or why a source's conflicting
-- value is not the one kept) were written in English; they stay as the English note, and a Korean
-- twin (<name>_note_ko, note_ko) sits beside each. A Korean note, like the English one, belongs to
-- a date that is there. The _aud twins keep both in each revision, and fact_citations shows both.
--
-- A statement quoted in Korean may carry an editor's English gloss (gloss_en), shown under the
-- quote in the English interface.

alter table organizations add column founded_note_ko varchar(1000);
alter table organizations add column dissolved_note_ko varchar(1000);
alter table positions add column started_note_ko varchar(1000);
alter table positions add column ended_note_ko varchar(1000);
alter table organization_relations add column started_note_ko varchar(1000);
alter table organization_relations add column ended_note_ko varchar(1000);
alter table agreements add column announced_note_ko varchar(1000);
alter table agreements add column signed_note_ko varchar(1000);
alter table agreements add column effective_note_ko varchar(1000);
alter table agreements add column ended_note_ko varchar(1000);
alter table initiatives add column announced_note_ko varchar(1000);
alter table initiatives add column started_note_ko varchar(1000);
alter table initiatives add column launched_note_ko varchar(1000);
alter table initiatives add column ended_note_ko varchar(1000);
alter table metrics add column as_of_note_ko varchar(1000);
alter table metrics add column target_note_ko varchar(1000);
alter table statements add column stated_note_ko varchar(1000);
alter table sources add column published_note_ko varchar(1000);

alter table organizations add constraint ck_organizations_founded_note_ko check (founded_note_ko is null or founded_date is not null);
alter table organizations add constraint ck_organizations_dissolved_note_ko check (dissolved_note_ko is null or dissolved_date is not null);
alter table positions add constraint ck_positions_started_note_ko check (started_note_ko is null or started_date is not null);
alter table positions add constraint ck_positions_ended_note_ko check (ended_note_ko is null or ended_date is not null);
alter table organization_relations add constraint ck_organization_relations_started_note_ko check (started_note_ko is null or started_date is not null);
alter table organization_relations add constraint ck_organization_relations_ended_note_ko check (ended_note_ko is null or ended_date is not null);
alter table agreements add constraint ck_agreements_announced_note_ko check (announced_note_ko is null or announced_date is not null);
alter table agreements add constraint ck_agreements_signed_note_ko check (signed_note_ko is null or signed_date is not null);
alter table agreements add constraint ck_agreements_effective_note_ko check (effective_note_ko is null or effective_date is not null);
alter table agreements add constraint ck_agreements_ended_note_ko check (ended_note_ko is null or ended_date is not null);
alter table initiatives add constraint ck_initiatives_announced_note_ko check (announced_note_ko is null or announced_date is not null);
alter table initiatives add constraint ck_initiatives_started_note_ko check (started_note_ko is null or started_date is not null);
alter table initiatives add constraint ck_initiatives_launched_note_ko check (launched_note_ko is null or launched_date is not null);
alter table initiatives add constraint ck_initiatives_ended_note_ko check (ended_note_ko is null or ended_date is not null);
alter table metrics add constraint ck_metrics_as_of_note_ko check (as_of_note_ko is null or as_of_date is not null);
alter table metrics add constraint ck_metrics_target_note_ko check (target_note_ko is null or target_date is not null);
alter table statements add constraint ck_statements_stated_note_ko check (stated_note_ko is null or stated_date is not null);
alter table sources add constraint ck_sources_published_note_ko check (published_note_ko is null or published_date is not null);

alter table organizations_aud add column founded_note_ko varchar(1000);
alter table organizations_aud add column dissolved_note_ko varchar(1000);
alter table positions_aud add column started_note_ko varchar(1000);
alter table positions_aud add column ended_note_ko varchar(1000);
alter table organization_relations_aud add column started_note_ko varchar(1000);
alter table organization_relations_aud add column ended_note_ko varchar(1000);
alter table agreements_aud add column announced_note_ko varchar(1000);
alter table agreements_aud add column signed_note_ko varchar(1000);
alter table agreements_aud add column effective_note_ko varchar(1000);
alter table agreements_aud add column ended_note_ko varchar(1000);
alter table initiatives_aud add column announced_note_ko varchar(1000);
alter table initiatives_aud add column started_note_ko varchar(1000);
alter table initiatives_aud add column launched_note_ko varchar(1000);
alter table initiatives_aud add column ended_note_ko varchar(1000);
alter table metrics_aud add column as_of_note_ko varchar(1000);
alter table metrics_aud add column target_note_ko varchar(1000);
alter table statements_aud add column stated_note_ko varchar(1000);
alter table sources_aud add column published_note_ko varchar(1000);

alter table organization_citations add column note_ko varchar(1000);
alter table organization_relation_citations add column note_ko varchar(1000);
alter table person_citations add column note_ko varchar(1000);
alter table position_citations add column note_ko varchar(1000);
alter table agreement_citations add column note_ko varchar(1000);
alter table initiative_citations add column note_ko varchar(1000);
alter table metric_citations add column note_ko varchar(1000);
alter table statement_citations add column note_ko varchar(1000);

alter table organization_citations_aud add column note_ko varchar(1000);
alter table organization_relation_citations_aud add column note_ko varchar(1000);
alter table person_citations_aud add column note_ko varchar(1000);
alter table position_citations_aud add column note_ko varchar(1000);
alter table agreement_citations_aud add column note_ko varchar(1000);
alter table initiative_citations_aud add column note_ko varchar(1000);
alter table metric_citations_aud add column note_ko varchar(1000);
alter table statement_citations_aud add column note_ko varchar(1000);

alter table statements add column gloss_en varchar(2000);
alter table statements_aud add column gloss_en varchar(2000);

drop view fact_citations;
create view fact_citations as
select cast('ORGANIZATION' as varchar(20)) as fact_kind, c.organization_id as fact_id, c.position, c.source_id, c.quote, c.claim_attribute, c.claim_value, c.note, c.attributes, c.note_ko
from organization_citations c
union all
select 'RELATION', c.organization_relation_id, c.position, c.source_id, c.quote, c.claim_attribute, c.claim_value, c.note, c.attributes, c.note_ko
from organization_relation_citations c
union all
select 'PERSON', c.person_id, c.position, c.source_id, c.quote, c.claim_attribute, c.claim_value, c.note, c.attributes, c.note_ko
from person_citations c
union all
select 'POSITION', c.position_id, c.position, c.source_id, c.quote, c.claim_attribute, c.claim_value, c.note, c.attributes, c.note_ko
from position_citations c
union all
select 'AGREEMENT', c.agreement_id, c.position, c.source_id, c.quote, c.claim_attribute, c.claim_value, c.note, c.attributes, c.note_ko
from agreement_citations c
union all
select 'INITIATIVE', c.initiative_id, c.position, c.source_id, c.quote, c.claim_attribute, c.claim_value, c.note, c.attributes, c.note_ko
from initiative_citations c
union all
select 'METRIC', c.metric_id, c.position, c.source_id, c.quote, c.claim_attribute, c.claim_value, c.note, c.attributes, c.note_ko
from metric_citations c
union all
select 'STATEMENT', c.statement_id, c.position, c.source_id, c.quote, c.claim_attribute, c.claim_value, c.note, c.attributes, c.note_ko
from statement_citations c;
