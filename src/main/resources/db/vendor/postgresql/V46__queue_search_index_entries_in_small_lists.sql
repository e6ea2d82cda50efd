-- The search indexes (GIN, V7, V14, V18) took each save's entries one by one (fastupdate = off for V14's):
-- a summary of a few hundred characters is some two thousand entries, about 5 ms a row, which made a
-- 10,000-row import spend most of its time in them (bench/RESULTS.md, "CSV import at scale 100000").
-- Queued in a pending list, the same entries cost about a quarter of that and are merged in bulk. The list
-- is kept at 1 MB instead of the default 4 MB, so a search that reads it and the save that merges it stay
-- within a few milliseconds; autovacuum merges it between saves too.
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
        execute format('alter index %I set (fastupdate = on, gin_pending_list_limit = 1024)', index_name);
    end loop;
end
$$;
