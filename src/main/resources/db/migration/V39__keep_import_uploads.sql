-- An uploaded CSV file waits here between its preview and its import, so that any instance of the app can
-- show the preview or apply it (not the JVM, local disk or the HTTP session). Files older than a day are removed.
create table import_uploads (
    id          varchar(36)  not null,
    uploader    varchar(100) not null,
    layout      varchar(40)  not null,
    file_name   varchar(300) not null,
    content     bytea        not null,
    created_at  timestamp with time zone not null,
    constraint pk_import_uploads primary key (id)
);

create index ix_import_uploads_created_at on import_uploads (created_at);
