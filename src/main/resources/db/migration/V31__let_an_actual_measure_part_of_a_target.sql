-- An actual can measure only part of what its target measures: one platform's monthly users
-- against a target for the users of all the group's platforms. Such a figure is a lower bound of
-- the target's measure, and the pages show its share as "at least". The flag is only set on an
-- actual that is linked to a target (progress_toward_id); the rest of the rules (a part may be
-- about another initiative of the same group, but must be in the same unit) need the group
-- structure and are checked by the application.
alter table metrics add column progress_part boolean default false not null;
alter table metrics add constraint ck_metrics_part_only_with_target
    check (progress_part = false or progress_toward_id is not null);

alter table metrics_aud add column progress_part boolean;
