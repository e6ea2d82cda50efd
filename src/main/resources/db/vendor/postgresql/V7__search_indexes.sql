-- Trigram indexes for search (PostgreSQL only; H2 scans, which is fine for a local copy).
-- pg_trgm serves the lower(column) LIKE '%text%' patterns the search uses, for partial words.
-- pg_trgm is a trusted extension (PostgreSQL 13+): a database owner can create it.
create extension if not exists pg_trgm;

create index ix_organizations_name_ko_trgm on organizations using gin (lower(name_ko) gin_trgm_ops);
create index ix_organizations_name_en_trgm on organizations using gin (lower(name_en) gin_trgm_ops);
create index ix_organization_aliases_alias_trgm on organization_aliases using gin (lower(alias) gin_trgm_ops);
create index ix_agreements_title_ko_trgm on agreements using gin (lower(title_ko) gin_trgm_ops);
create index ix_agreements_title_en_trgm on agreements using gin (lower(title_en) gin_trgm_ops);
create index ix_initiatives_title_ko_trgm on initiatives using gin (lower(title_ko) gin_trgm_ops);
create index ix_initiatives_title_en_trgm on initiatives using gin (lower(title_en) gin_trgm_ops);
create index ix_people_name_ko_trgm on people using gin (lower(name_ko) gin_trgm_ops);
create index ix_people_name_en_trgm on people using gin (lower(name_en) gin_trgm_ops);
create index ix_statements_text_ko_trgm on statements using gin (lower(text_ko) gin_trgm_ops);
create index ix_statements_text_en_trgm on statements using gin (lower(text_en) gin_trgm_ops);
create index ix_sources_headline_ko_trgm on sources using gin (lower(headline_ko) gin_trgm_ops);
create index ix_sources_headline_en_trgm on sources using gin (lower(headline_en) gin_trgm_ops);
