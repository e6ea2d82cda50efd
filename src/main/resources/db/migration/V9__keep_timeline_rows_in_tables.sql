-- The timeline and the partner filter read timeline_entries and fact_organizations, two union views
-- over every fact table. A filter on an organization cannot be pushed into the branches of a union,
-- so at scale each read computed the whole union (hundreds of thousands of rows) to keep a few.
-- These tables hold the same rows, indexed, and a third joins them: one row per entry and
-- organization, with the entry's sort key, so that one partner's page is an index range. The views stay the definition: the app rewrites a
-- fact's rows from them in the transaction that changes the fact (timeline.TimelineRows), so the
-- record tables remain the single source of truth and these are a copy kept in step with them.

create table timeline_entry_rows (
    entry_kind      varchar(30)  not null,
    fact_kind       varchar(20)  not null,
    fact_id         bigint       not null,
    entry_date      date         not null,
    entry_precision varchar(5),
    entry_inferred  boolean,
    precision_rank  integer,
    title_ko        varchar,
    title_en        varchar,
    detail_ko       varchar,
    detail_en       varchar,
    link_kind       varchar(20),
    link_key        varchar(80),
    constraint pk_timeline_entry_rows primary key (entry_kind, fact_id)
);

create index ix_timeline_entry_rows_fact on timeline_entry_rows (fact_kind, fact_id);
create index ix_timeline_entry_rows_order on timeline_entry_rows (entry_date, precision_rank, entry_kind, fact_id);

create table fact_organization_rows (
    fact_kind       varchar(20) not null,
    fact_id         bigint      not null,
    organization_id bigint      not null,
    constraint pk_fact_organization_rows primary key (fact_kind, fact_id, organization_id)
);

create index ix_fact_organization_rows_organization on fact_organization_rows (organization_id, fact_kind, fact_id);

create table timeline_organization_rows (
    organization_id bigint      not null,
    entry_kind      varchar(30) not null,
    fact_kind       varchar(20) not null,
    fact_id         bigint      not null,
    entry_date      date        not null,
    entry_precision varchar(5),
    precision_rank  integer,
    constraint pk_timeline_organization_rows primary key (organization_id, entry_kind, fact_id)
);

-- Covers the partner filter's reads (order, kinds, date range) without visiting the table.
create index ix_timeline_organization_rows_order on timeline_organization_rows
    (organization_id, entry_date, precision_rank, entry_kind, fact_id, fact_kind, entry_precision);
create index ix_timeline_organization_rows_fact on timeline_organization_rows (fact_kind, fact_id);

insert into timeline_entry_rows (entry_kind, fact_kind, fact_id, entry_date, entry_precision, entry_inferred,
                                 precision_rank, title_ko, title_en, detail_ko, detail_en, link_kind, link_key)
select entry_kind, fact_kind, fact_id, entry_date, entry_precision, entry_inferred,
       precision_rank, title_ko, title_en, detail_ko, detail_en, link_kind, link_key
from timeline_entries;

insert into fact_organization_rows (fact_kind, fact_id, organization_id)
select distinct fact_kind, fact_id, organization_id from fact_organizations;

insert into timeline_organization_rows (organization_id, entry_kind, fact_kind, fact_id, entry_date, entry_precision, precision_rank)
select f.organization_id, e.entry_kind, e.fact_kind, e.fact_id, e.entry_date, e.entry_precision, e.precision_rank
from timeline_entry_rows e join fact_organization_rows f on f.fact_kind = e.fact_kind and f.fact_id = e.fact_id;
