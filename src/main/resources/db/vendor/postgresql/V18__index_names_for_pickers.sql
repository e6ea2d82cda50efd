-- Whole-name and prefix look-ups for the type-ahead pickers (lookup/Lookups): a B-tree on each
-- lower-cased name answers "= text" and "like 'text%'" exactly, where a trigram index would hand
-- back every row holding the text's first trigram to be rechecked (61,801 of 100,000 agreements
-- for "mou"). text_pattern_ops makes the prefix LIKE usable whatever the database's collation.
create index ix_organizations_slug_prefix on organizations (slug text_pattern_ops);
create index ix_organizations_name_ko_prefix on organizations (lower(name_ko) text_pattern_ops);
create index ix_organizations_name_en_prefix on organizations (lower(name_en) text_pattern_ops);
create index ix_organization_aliases_alias_prefix on organization_aliases (lower(alias) text_pattern_ops);
create index ix_people_slug_prefix on people (slug text_pattern_ops);
create index ix_people_name_ko_prefix on people (lower(name_ko) text_pattern_ops);
create index ix_people_name_en_prefix on people (lower(name_en) text_pattern_ops);
create index ix_sources_headline_ko_prefix on sources (lower(headline_ko) text_pattern_ops);
create index ix_sources_headline_en_prefix on sources (lower(headline_en) text_pattern_ops);
create index ix_agreements_title_ko_prefix on agreements (lower(title_ko) text_pattern_ops);
create index ix_agreements_title_en_prefix on agreements (lower(title_en) text_pattern_ops);
create index ix_initiatives_title_ko_prefix on initiatives (lower(title_ko) text_pattern_ops);
create index ix_initiatives_title_en_prefix on initiatives (lower(title_en) text_pattern_ops);
create index ix_metrics_measure_ko_prefix on metrics (lower(measure_ko) text_pattern_ops) where kind = 'TARGET';
create index ix_metrics_measure_en_prefix on metrics (lower(measure_en) text_pattern_ops) where kind = 'TARGET';
