-- The network page's totals kept in tables, so that its common views read a few thousand rows
-- instead of aggregating every agreement's parties on each request. The views below are the one
-- definition of what the tables hold: the app rewrites the rows a save alters from them
-- (network/NetworkSummaries), and this migration and bench/generate.sql fill the tables from them.
--
-- Two ways of drawing the network are kept side by side, told apart by "grouped": organizations one
-- by one (false), or collapsed into their groups, each named by its topmost organization (true).
-- "External" counts leave internal units out, as the page's "hide internal units" does. Each
-- agreement is counted in the year of its key date (signed, else announced, else effective);
-- year 0 holds the agreements without a date, which only the unfiltered network includes.

-- Each organization and its group: the topmost organization above it. An organization in a parent
-- chain that loops is never reached from a top organization and stays its own group.
create view organization_groups as
with recursive grouping (id, group_id, depth) as (
    select id, id, 0 from organizations where parent_id is null
    union all
    select o.id, g.group_id, g.depth + 1
    from organizations o join grouping g on o.parent_id = g.id
    where g.depth < 100
)
select o.id as organization_id, coalesce(g.group_id, o.id) as group_id
from organizations o left join grouping g on g.id = o.id;

-- One row per agreement and node it has as a party: each organization, and each group once.
-- external is 1 when the node takes part through at least one organization that is not an internal unit.
create view network_party_nodes as
select p.agreement_id, false as grouped, p.organization_id as node_id,
       case when o.kind = 'INTERNAL_UNIT' then 0 else 1 end as external
from agreement_parties p join organizations o on o.id = p.organization_id
union all
select p.agreement_id, true, g.group_id, max(case when o.kind = 'INTERNAL_UNIT' then 0 else 1 end)
from agreement_parties p
join organizations o on o.id = p.organization_id
join organization_groups g on g.organization_id = p.organization_id
group by p.agreement_id, g.group_id;

-- Each node of an agreement with the agreement's year and how many nodes (external ones) it has.
-- Counted with window functions over the agreement, so that a condition on agreement_id reaches the tables' indexes.
create view network_party_rows as
select n.agreement_id, n.grouped, n.node_id,
       coalesce(cast(extract(year from l.key_date) as integer), 0) as key_year, n.external,
       count(*) over (partition by n.agreement_id, n.grouped) as parties,
       sum(n.external) over (partition by n.agreement_id, n.grouped) as external_parties
from network_party_nodes n join agreement_listing l on l.id = n.agreement_id;

create table network_parties (
    agreement_id     bigint  not null,
    grouped          boolean not null,
    node_id          bigint  not null,
    key_year         integer not null,
    external         integer not null,
    parties          bigint  not null,
    external_parties bigint  not null,
    constraint pk_network_parties primary key (agreement_id, grouped, node_id)
);
create index ix_network_parties_node on network_parties (grouped, node_id, key_year, agreement_id);

-- connections: for each agreement, the other nodes on it, added up.
create view network_node_year_sums as
select grouped, node_id, key_year, count(*) as agreements, sum(parties - 1) as connections,
       sum(external) as external_agreements, sum(external * (external_parties - 1)) as external_connections
from network_parties
group by grouped, node_id, key_year;

create table network_node_years (
    grouped              boolean not null,
    node_id              bigint  not null,
    key_year             integer not null,
    agreements           bigint  not null,
    connections          bigint  not null,
    external_agreements  bigint  not null,
    external_connections bigint  not null,
    constraint pk_network_node_years primary key (grouped, node_id, key_year)
);
create index ix_network_node_years_year on network_node_years
    (grouped, key_year, node_id, agreements, connections, external_agreements, external_connections);

create view network_node_total_sums as
select grouped, node_id, sum(agreements) as agreements, sum(connections) as connections,
       sum(external_agreements) as external_agreements, sum(external_connections) as external_connections
from network_node_years
group by grouped, node_id;

create table network_node_totals (
    grouped              boolean not null,
    node_id              bigint  not null,
    agreements           bigint  not null,
    connections          bigint  not null,
    external_agreements  bigint  not null,
    external_connections bigint  not null,
    constraint pk_network_node_totals primary key (grouped, node_id)
);

-- Two nodes, the lower id first, and the agreements (without internal units: external) they share in a year.
create view network_pair_year_sums as
select a.grouped, a.node_id as first_id, b.node_id as second_id, a.key_year, count(*) as agreements,
       sum(a.external * b.external) as external_agreements
from network_parties a
join network_parties b on b.agreement_id = a.agreement_id and b.grouped = a.grouped and b.node_id > a.node_id
group by a.grouped, a.node_id, b.node_id, a.key_year;

create table network_pair_years (
    grouped             boolean not null,
    first_id            bigint  not null,
    second_id           bigint  not null,
    key_year            integer not null,
    agreements          bigint  not null,
    external_agreements bigint  not null,
    constraint pk_network_pair_years primary key (grouped, first_id, second_id, key_year)
);
-- Holds every column, so that the edges among the nodes of a year range are read from the index alone.
create index ix_network_pair_years_counts on network_pair_years
    (grouped, first_id, second_id, key_year, agreements, external_agreements);

create view network_pair_total_sums as
select grouped, first_id, second_id, sum(agreements) as agreements, sum(external_agreements) as external_agreements
from network_pair_years
group by grouped, first_id, second_id;

create table network_pair_totals (
    grouped             boolean not null,
    first_id            bigint  not null,
    second_id           bigint  not null,
    agreements          bigint  not null,
    external_agreements bigint  not null,
    constraint pk_network_pair_totals primary key (grouped, first_id, second_id)
);

-- A save rewrites totals that other saves share (a busy organization's year); each takes this one
-- row's lock (SELECT ... FOR UPDATE) first, so the second reads what the first committed.
create table network_summary_lock (
    id integer not null,
    constraint pk_network_summary_lock primary key (id)
);
insert into network_summary_lock (id) values (1);

insert into network_parties (agreement_id, grouped, node_id, key_year, external, parties, external_parties)
select agreement_id, grouped, node_id, key_year, external, parties, external_parties from network_party_rows;
insert into network_node_years (grouped, node_id, key_year, agreements, connections, external_agreements, external_connections)
select grouped, node_id, key_year, agreements, connections, external_agreements, external_connections from network_node_year_sums;
insert into network_node_totals (grouped, node_id, agreements, connections, external_agreements, external_connections)
select grouped, node_id, agreements, connections, external_agreements, external_connections from network_node_total_sums;
insert into network_pair_years (grouped, first_id, second_id, key_year, agreements, external_agreements)
select grouped, first_id, second_id, key_year, agreements, external_agreements from network_pair_year_sums;
insert into network_pair_totals (grouped, first_id, second_id, agreements, external_agreements)
select grouped, first_id, second_id, agreements, external_agreements from network_pair_total_sums;
