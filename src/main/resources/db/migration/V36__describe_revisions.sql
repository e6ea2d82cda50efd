-- A revision can say why it was made (an import names its file, a merge its two records) and, when a
-- reviewer published an editor's draft, who reviewed it: the editor stays in username.
alter table revinfo add column note varchar(300);
alter table revinfo add column reviewer varchar(60);
