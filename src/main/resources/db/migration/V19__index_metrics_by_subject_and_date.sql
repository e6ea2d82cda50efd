-- A partner's figures are the metrics about it and those of its initiatives, oldest first. With the
-- date and id beside each subject, both parts and their order are read from these indexes alone
-- (index-only), rather than every metric being read to test an 'or' of the two.
create index ix_metrics_organization_as_of on metrics (organization_id, as_of_date, id);
create index ix_metrics_initiative_as_of on metrics (initiative_id, as_of_date, id);
