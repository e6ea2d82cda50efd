-- Give every seeded record a first revision, signed 'seed', so that the history of a seeded record
-- shows what its first edit changed. Runs with the seed only.
insert into revinfo (revtstmp, username) values (1700000000000, 'seed');

insert into agreement_areas_aud (original_id_revtype, position, agreement_id, rev, label_en, label_ko)
select 0, position, agreement_id, (select max(rev) from revinfo where username = 'seed'), label_en, label_ko from agreement_areas;
insert into agreement_attendees_aud (original_id_revtype, position, agreement_id, organization_id, person_id, rev, role)
select 0, position, agreement_id, organization_id, person_id, (select max(rev) from revinfo where username = 'seed'), role from agreement_attendees;
insert into agreement_citations_aud (original_id_revtype, position, agreement_id, rev, source_id, claim_attribute, claim_value, note, quote)
select 0, position, agreement_id, (select max(rev) from revinfo where username = 'seed'), source_id, claim_attribute, claim_value, note, quote from agreement_citations;
insert into agreement_parties_aud (original_id_revtype, position, agreement_id, organization_id, rev, role)
select 0, position, agreement_id, organization_id, (select max(rev) from revinfo where username = 'seed'), role from agreement_parties;
insert into agreements_aud (announced_date, announced_inferred, effective_date, effective_inferred, ended_date, ended_inferred, revtype, signed_date, signed_inferred, announced_precision, effective_precision, ended_precision, signed_precision, id, rev, status, kind, place_en, place_ko, title_en, title_ko, announced_note, effective_note, ended_note, signed_note, summary_en, summary_ko)
select announced_date, announced_inferred, effective_date, effective_inferred, ended_date, ended_inferred, 0, signed_date, signed_inferred, announced_precision, effective_precision, ended_precision, signed_precision, id, (select max(rev) from revinfo where username = 'seed'), status, kind, place_en, place_ko, title_en, title_ko, announced_note, effective_note, ended_note, signed_note, summary_en, summary_ko from agreements;
insert into initiative_citations_aud (original_id_revtype, position, initiative_id, rev, source_id, claim_attribute, claim_value, note, quote)
select 0, position, initiative_id, (select max(rev) from revinfo where username = 'seed'), source_id, claim_attribute, claim_value, note, quote from initiative_citations;
insert into initiative_organizations_aud (original_id_revtype, position, initiative_id, organization_id, rev, role)
select 0, position, initiative_id, organization_id, (select max(rev) from revinfo where username = 'seed'), role from initiative_organizations;
insert into initiatives_aud (announced_date, announced_inferred, ended_date, ended_inferred, launched_date, launched_inferred, revtype, started_date, started_inferred, announced_precision, ended_precision, launched_precision, started_precision, agreement_id, id, rev, kind, status, title_en, title_ko, announced_note, ended_note, launched_note, started_note, description_en, description_ko)
select announced_date, announced_inferred, ended_date, ended_inferred, launched_date, launched_inferred, 0, started_date, started_inferred, announced_precision, ended_precision, launched_precision, started_precision, agreement_id, id, (select max(rev) from revinfo where username = 'seed'), kind, status, title_en, title_ko, announced_note, ended_note, launched_note, started_note, description_en, description_ko from initiatives;
insert into metric_citations_aud (original_id_revtype, position, metric_id, rev, source_id, claim_attribute, claim_value, note, quote)
select 0, position, metric_id, (select max(rev) from revinfo where username = 'seed'), source_id, claim_attribute, claim_value, note, quote from metric_citations;
insert into metrics_aud (as_of_date, as_of_inferred, metric_value, revtype, target_date, target_inferred, as_of_precision, target_precision, id, initiative_id, organization_id, rev, kind, unit, measure_en, measure_ko, raw_text, as_of_note, target_note)
select as_of_date, as_of_inferred, metric_value, 0, target_date, target_inferred, as_of_precision, target_precision, id, initiative_id, organization_id, (select max(rev) from revinfo where username = 'seed'), kind, unit, measure_en, measure_ko, raw_text, as_of_note, target_note from metrics;
insert into organization_aliases_aud (position, revtype, organization_id, rev, alias)
select position, 0, organization_id, (select max(rev) from revinfo where username = 'seed'), alias from organization_aliases;
insert into organization_citations_aud (original_id_revtype, position, organization_id, rev, source_id, claim_attribute, claim_value, note, quote)
select 0, position, organization_id, (select max(rev) from revinfo where username = 'seed'), source_id, claim_attribute, claim_value, note, quote from organization_citations;
insert into organization_relation_citations_aud (original_id_revtype, position, organization_relation_id, rev, source_id, claim_attribute, claim_value, note, quote)
select 0, position, organization_relation_id, (select max(rev) from revinfo where username = 'seed'), source_id, claim_attribute, claim_value, note, quote from organization_relation_citations;
insert into organization_relations_aud (ended_date, ended_inferred, revtype, started_date, started_inferred, ended_precision, started_precision, id, object_id, rev, subject_id, kind, detail_en, detail_ko, ended_note, started_note)
select ended_date, ended_inferred, 0, started_date, started_inferred, ended_precision, started_precision, id, object_id, (select max(rev) from revinfo where username = 'seed'), subject_id, kind, detail_en, detail_ko, ended_note, started_note from organization_relations;
insert into organizations_aud (dissolved_date, dissolved_inferred, founded_date, founded_inferred, revtype, dissolved_precision, founded_precision, id, parent_id, rev, kind, slug, name_en, name_ko, website, dissolved_note, founded_note, description_en, description_ko)
select dissolved_date, dissolved_inferred, founded_date, founded_inferred, 0, dissolved_precision, founded_precision, id, parent_id, (select max(rev) from revinfo where username = 'seed'), kind, slug, name_en, name_ko, website, dissolved_note, founded_note, description_en, description_ko from organizations;
insert into people_aud (birth_year, revtype, id, rev, slug, name_en, name_ko)
select birth_year, 0, id, (select max(rev) from revinfo where username = 'seed'), slug, name_en, name_ko from people;
insert into person_citations_aud (original_id_revtype, position, person_id, rev, source_id, claim_attribute, claim_value, note, quote)
select 0, position, person_id, (select max(rev) from revinfo where username = 'seed'), source_id, claim_attribute, claim_value, note, quote from person_citations;
insert into position_citations_aud (original_id_revtype, position, position_id, rev, source_id, claim_attribute, claim_value, note, quote)
select 0, position, position_id, (select max(rev) from revinfo where username = 'seed'), source_id, claim_attribute, claim_value, note, quote from position_citations;
insert into positions_aud (ended_date, ended_inferred, revtype, started_date, started_inferred, ended_precision, started_precision, id, organization_id, person_id, rev, title_en, title_ko, ended_note, started_note)
select ended_date, ended_inferred, 0, started_date, started_inferred, ended_precision, started_precision, id, organization_id, person_id, (select max(rev) from revinfo where username = 'seed'), title_en, title_ko, ended_note, started_note from positions;
insert into sources_aud (published_date, published_inferred, revtype, published_precision, id, rev, language, kind, author, publisher, headline_en, headline_ko, published_note, note, url)
select published_date, published_inferred, 0, published_precision, id, (select max(rev) from revinfo where username = 'seed'), language, kind, author, publisher, headline_en, headline_ko, published_note, note, url from sources;
insert into statement_citations_aud (original_id_revtype, position, rev, source_id, statement_id, claim_attribute, claim_value, note, quote)
select 0, position, (select max(rev) from revinfo where username = 'seed'), source_id, statement_id, claim_attribute, claim_value, note, quote from statement_citations;
insert into statements_aud (revtype, stated_date, stated_inferred, stated_precision, id, organization_id, person_id, rev, context_en, context_ko, stated_note, text_en, text_ko)
select 0, stated_date, stated_inferred, stated_precision, id, organization_id, person_id, (select max(rev) from revinfo where username = 'seed'), context_en, context_ko, stated_note, text_en, text_ko from statements;
