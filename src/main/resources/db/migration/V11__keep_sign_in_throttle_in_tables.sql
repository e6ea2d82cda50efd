-- The sign-in throttle (security.LoginThrottle) keeps its counts here, so that every instance of the
-- app sees the same ones. A bucket is one allowance: a device that signed in before, an account as
-- tried by unknown clients, or a client address. Its row is locked while an attempt is admitted, so
-- concurrent attempts on one bucket are counted one after the other; each admitted password check
-- is a row of sign_in_attempts until it is 15 minutes old, and the throttle deletes expired rows.
create table sign_in_buckets (
    bucket     varchar(100) not null,
    touched_at timestamp(6) with time zone not null,
    constraint pk_sign_in_buckets primary key (bucket)
);

create index ix_sign_in_buckets_touched_at on sign_in_buckets (touched_at);

create table sign_in_attempts (
    bucket       varchar(100) not null,
    ticket       varchar(40)  not null,
    attempted_at timestamp(6) with time zone not null,
    constraint pk_sign_in_attempts primary key (bucket, ticket),
    constraint fk_sign_in_attempts_bucket foreign key (bucket) references sign_in_buckets (bucket) on delete cascade
);

create index ix_sign_in_attempts_attempted_at on sign_in_attempts (attempted_at);

-- The key that signs device cookies, made once by the first instance that needs it and shared by all.
create table sign_in_secrets (
    name       varchar(40)  not null,
    secret     varchar(100) not null,
    created_at timestamp(6) with time zone not null,
    constraint pk_sign_in_secrets primary key (name)
);
