-- The agreement list's three orders, each as an index on agreement_listing's own expressions, so
-- that a page is an index range rather than a sort of every agreement. A deep page skips its
-- offset inside the index: the columns the expressions read are included, which lets PostgreSQL
-- answer that part from the index alone (an index-only scan), and only the page's rows are read
-- from the table. The expressions must stay identical to the view's (V2) for the planner to match them.

create index ix_agreements_listing_newest on agreements (
    (coalesce(signed_date, announced_date, effective_date)) desc nulls last,
    (case coalesce(signed_precision, announced_precision, effective_precision)
         when 'YEAR' then 0 when 'MONTH' then 1 when 'DAY' then 2 end) desc,
    id desc)
    include (signed_date, announced_date, effective_date, signed_precision, announced_precision, effective_precision);

create index ix_agreements_listing_oldest on agreements (
    (coalesce(signed_date, announced_date, effective_date)) asc nulls last,
    (case coalesce(signed_precision, announced_precision, effective_precision)
         when 'YEAR' then 0 when 'MONTH' then 1 when 'DAY' then 2 end) asc,
    id asc)
    include (signed_date, announced_date, effective_date, signed_precision, announced_precision, effective_precision);

create index ix_agreements_listing_title_ko on agreements ((coalesce(title_ko, title_en)), id) include (title_ko, title_en);

create index ix_agreements_listing_title_en on agreements ((coalesce(title_en, title_ko)), id) include (title_ko, title_en);

-- A partner's figures include those of its initiatives that are about another organization: with
-- the organization beside the initiative, that count is read from the index alone.
create index ix_metrics_initiative_organization on metrics (initiative_id, organization_id);
