-- Every column the search matches is served by an index (PostgreSQL only; H2 scans).
--
-- Words of three or more letters: pg_trgm indexes on lower(column) serve lower(column) LIKE
-- '%word%'. V7 left out the columns below, so a branch that ORed them with indexed columns could
-- not use any index at all. The pickers' look-ups by name and slug use the same indexes.
create index ix_organizations_slug_trgm on organizations using gin (lower(slug) gin_trgm_ops) with (fastupdate = off);
create index ix_people_slug_trgm on people using gin (lower(slug) gin_trgm_ops) with (fastupdate = off);
create index ix_agreements_summary_ko_trgm on agreements using gin (lower(summary_ko) gin_trgm_ops) with (fastupdate = off);
create index ix_agreements_summary_en_trgm on agreements using gin (lower(summary_en) gin_trgm_ops) with (fastupdate = off);
create index ix_initiatives_description_ko_trgm on initiatives using gin (lower(description_ko) gin_trgm_ops) with (fastupdate = off);
create index ix_initiatives_description_en_trgm on initiatives using gin (lower(description_en) gin_trgm_ops) with (fastupdate = off);
create index ix_sources_publisher_trgm on sources using gin (lower(publisher) gin_trgm_ops) with (fastupdate = off);

-- Shorter words ("우리", "kt", "a_b"): a trigram needs three letters in a row, so pg_trgm would
-- read its whole index. Instead, one index per searched table holds every one- and two-character
-- piece of its searched columns, lowercased; SearchService asks for the pieces of the word
-- (short_grams(...) @> array[...]) and checks the rows it finds with strpos. Pieces never span two
-- columns. The cost tells the planner that computing the pieces of a row is expensive (about
-- 100 µs for an agreement), so that it reads the index rather than compute them row by row.
create function short_grams(variadic texts text[]) returns text[]
    language sql immutable parallel safe cost 10000 as $$
    select coalesce(array_agg(gram), '{}')
    from unnest(texts) as t(raw), string_to_array(lower(raw), null) as c,
         lateral (select unnest(c)
                  union all
                  select a || b from unnest(c[1:cardinality(c) - 1], c[2:]) as pair(a, b)) as g(gram)
$$;

-- fastupdate = off: a save updates these indexes at once, instead of queueing the entries in a
-- pending list that every search must read and that one unlucky save must merge (4 MB at a time).
create index ix_organizations_short_grams on organizations using gin (short_grams(name_ko, name_en, slug)) with (fastupdate = off);
create index ix_organization_aliases_short_grams on organization_aliases using gin (short_grams(alias)) with (fastupdate = off);
create index ix_people_short_grams on people using gin (short_grams(name_ko, name_en, slug)) with (fastupdate = off);
create index ix_agreements_short_grams on agreements
    using gin (short_grams(title_ko, title_en, summary_ko, summary_en)) with (fastupdate = off);
create index ix_initiatives_short_grams on initiatives
    using gin (short_grams(title_ko, title_en, description_ko, description_en)) with (fastupdate = off);
create index ix_statements_short_grams on statements using gin (short_grams(text_ko, text_en)) with (fastupdate = off);
create index ix_sources_short_grams on sources using gin (short_grams(headline_ko, headline_en, publisher)) with (fastupdate = off);
