-- The search indexes (GIN, V7, V14, V18) took each save's entries one by one (fastupdate = off for V14's):
-- a summary of a few hundred characters is some two thousand entries, about 5 ms a row, which made a
-- 10,000-row import spend most of its time in them (bench/RESULTS.md, "CSV import at scale 100000").
-- Queued in a pending list, the same entries cost about a quarter of that, merged in bulk. The list is kept at
-- PostgreSQL's default 4 MB, named here so that a server setting does not change it: at 1 MB the merges came
-- four times as often and the import's agreement writes took 10.8 s instead of 8.3 s, while a search that reads
-- a full 4 MB list still answered in about 30 ms at scale 100000. Autovacuum merges the list between saves too.
do $$
declare
    index_name text;
begin
    for index_name in
        select i.relname
        from pg_index x
        join pg_class i on i.oid = x.indexrelid
        join pg_am am on am.oid = i.relam
        join pg_namespace n on n.oid = i.relnamespace
        where am.amname = 'gin' and n.nspname = current_schema()
    loop
        execute format('alter index %I set (fastupdate = on, gin_pending_list_limit = 4096)', index_name);
    end loop;
end
$$;
