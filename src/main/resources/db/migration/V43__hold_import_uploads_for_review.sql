-- An editor's import waiting for review (a draft) applies its kept file when a reviewer publishes it, maybe more
-- than a day later: such a file is not removed with the old uploads.
alter table import_uploads add column held_for_review boolean default false not null;
