-- External identifiers (issue 18): an organization's Wikidata item (Q42), its Legal Entity
-- Identifier (ISO 17442, 20 characters) and its Korean corporate registration number (법인등록번호,
-- 13 digits, kept without the hyphen); a person's Wikidata item. Each is stored in one canonical form
-- and names at most one record. The checks hold the form only; the check digits are the
-- application's. They are written with translate() rather than a regular expression, which
-- PostgreSQL before 15 and H2 spell differently: a value is all digits when turning every digit into
-- a 0 gives as many 0s as it has characters (H2's translate() does not delete characters).

alter table organizations add column wikidata_id varchar(20);
alter table organizations add column lei varchar(20);
alter table organizations add column kr_corporate_registration_number varchar(13);
alter table people add column wikidata_id varchar(20);

alter table organizations add constraint uk_organizations_wikidata_id unique (wikidata_id);
alter table organizations add constraint uk_organizations_lei unique (lei);
alter table organizations add constraint uk_organizations_kr_corporate_registration_number unique (kr_corporate_registration_number);
alter table people add constraint uk_people_wikidata_id unique (wikidata_id);

alter table organizations add constraint ck_organizations_wikidata_id check (wikidata_id is null
    or (length(wikidata_id) between 2 and 12 and substring(wikidata_id, 2, 1) <> '0'
        and translate(wikidata_id, '0123456789', '0000000000') = 'Q' || repeat('0', length(wikidata_id) - 1)));
alter table organizations add constraint ck_organizations_lei check (lei is null
    or (length(lei) = 20 and translate(lei, '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ', '000000000000000000000000000000000000') = repeat('0', 20)
        and translate(substring(lei, 19, 2), '0123456789', '0000000000') = '00'));
alter table organizations add constraint ck_organizations_kr_corporate_registration_number check (
    kr_corporate_registration_number is null
    or (length(kr_corporate_registration_number) = 13 and translate(kr_corporate_registration_number, '0123456789', '0000000000') = repeat('0', 13)));
alter table people add constraint ck_people_wikidata_id check (wikidata_id is null
    or (length(wikidata_id) between 2 and 12 and substring(wikidata_id, 2, 1) <> '0'
        and translate(wikidata_id, '0123456789', '0000000000') = 'Q' || repeat('0', length(wikidata_id) - 1)));

alter table organizations_aud add column wikidata_id varchar(20);
alter table organizations_aud add column lei varchar(20);
alter table organizations_aud add column kr_corporate_registration_number varchar(13);
alter table people_aud add column wikidata_id varchar(20);
