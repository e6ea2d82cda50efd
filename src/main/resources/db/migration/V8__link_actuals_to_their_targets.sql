-- An actual figure can say which target it measures progress toward, so that the public pages
-- show each target with its latest actual, the share reached and both citations.
--
-- The link is explicit, set by an editor, rather than inferred from figures that share a subject,
-- a measure and a unit: similar wording often hides different things. In the seed, the group's
-- target of 15 million combined monthly users on all its platforms by 2023 is reported next to
-- the 7.19 million monthly users of one of those platforms (WON Banking); that figure is a part of
-- the measure, not the measure, so the seed links nothing.
--
-- The link sits on the actual, so a target can be measured by a series of actuals over time. The
-- application also requires the target to be a TARGET about the same organization and initiative
-- in the same unit; the checks below are the rules a single row can enforce.
alter table metrics add column progress_toward_id bigint;
alter table metrics add constraint fk_metrics_progress_toward
    foreign key (progress_toward_id) references metrics (id);
alter table metrics add constraint ck_metrics_progress_only_from_actuals
    check (progress_toward_id is null or kind = 'ACTUAL');
alter table metrics add constraint ck_metrics_progress_not_toward_itself
    check (progress_toward_id is null or progress_toward_id <> id);
create index ix_metrics_progress_toward on metrics (progress_toward_id);

alter table metrics_aud add column progress_toward_id bigint;
