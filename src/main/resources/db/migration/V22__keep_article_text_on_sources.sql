-- A source can hold its article's full text, pasted by an editor, so every quote cited from it can
-- be checked against it; and the address of an archived copy. varchar with a length, rather than
-- text or clob, reads the same on H2 and PostgreSQL and is the cap the source form enforces.
alter table sources add column article_text varchar(200000);
alter table sources add column archive_url varchar(2000);
alter table sources add constraint ck_sources_archive_url check (archive_url is null or archive_url like 'http://%' or archive_url like 'https://%');
alter table sources_aud add column article_text varchar(200000);
alter table sources_aud add column archive_url varchar(2000);
