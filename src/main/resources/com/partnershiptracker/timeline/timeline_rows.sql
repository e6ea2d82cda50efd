-- The one definition of the timeline's indexed copy (timeline_entry_rows, fact_organization_rows and
-- timeline_organization_rows, created by V9): the rows of the chosen facts are deleted and written
-- again from the views timeline_entries and fact_organizations.
--
-- The variable facts chooses them, as a condition on fact_kind and fact_id:
--  * timeline.TimelineRows, after every flush: one kind, written into the text so that PostgreSQL
--    plans away the views' other branches, and its changed ids as parameters;
--  * true, for every fact: the repeatable migration db.migration.R__Write_the_timeline_rows_again,
--    the tests' support.TimelineCopy, and bench/generate.sql (\set facts true, then \ir this file).
--
-- Each statement ends with a semicolon at the end of its line. Flyway writes the whole copy again
-- whenever this file changes; a migration that changes what the views return must change the line
-- below too, so that every database's copy follows.
--
-- Views as of V24 (timeline_entries; fact_organizations of V2).

delete from timeline_entry_rows where :facts;

insert into timeline_entry_rows (entry_kind, fact_kind, fact_id, entry_date, entry_precision, entry_inferred,
                                 precision_rank, title_ko, title_en, detail_ko, detail_en, link_kind, link_key,
                                 date_role, figure_value, figure_unit)
select entry_kind, fact_kind, fact_id, entry_date, entry_precision, entry_inferred,
       precision_rank, title_ko, title_en, detail_ko, detail_en, link_kind, link_key,
       date_role, figure_value, figure_unit
from timeline_entries where :facts;

delete from fact_organization_rows where :facts;

insert into fact_organization_rows (fact_kind, fact_id, organization_id)
select distinct fact_kind, fact_id, organization_id from fact_organizations where :facts;

delete from timeline_organization_rows where :facts;

insert into timeline_organization_rows (organization_id, entry_kind, fact_kind, fact_id, entry_date, entry_precision, precision_rank,
                                        date_role)
select f.organization_id, e.entry_kind, e.fact_kind, e.fact_id, e.entry_date, e.entry_precision, e.precision_rank, e.date_role
from (select entry_kind, fact_kind, fact_id, entry_date, entry_precision, precision_rank, date_role from timeline_entry_rows where :facts) e
join fact_organization_rows f on f.fact_kind = e.fact_kind and f.fact_id = e.fact_id;
