-- Every change of an organization's parent takes this one row's lock (SELECT ... FOR UPDATE) before
-- it asks the database, with a recursive query, whether the new parent sits below the organization.
-- Two editors who each make one half of a cycle therefore check one after the other, and the second
-- sees the first one's committed change.
create table organization_hierarchy_lock (
    id integer not null,
    constraint pk_organization_hierarchy_lock primary key (id)
);

insert into organization_hierarchy_lock (id) values (1);
