-- Ding has no callbacks: history reads the partner's transfer records (ListTransferRecords) and keeps,
-- per transfer, the state it last published, so a restart neither repeats an outcome nor misses one.
-- The number is not kept here: it travels in the recharge event, and lives where events live.
create table provider_transfer (
    provider     varchar(32)  not null,
    transfer_ref varchar(100) not null,
    state        varchar(32)  not null,
    final        boolean      not null,
    started_at   timestamptz  not null,
    published_at timestamptz  not null,
    primary key (provider, transfer_ref)
);
-- the oldest transfer still open bounds how far back a poll reads
create index provider_transfer_open_idx on provider_transfer (provider, started_at) where not final;

-- One row per polled provider: polled_at is the end of the last poll that read everything it had to
-- (of several replicas, one polls at a time: it holds a PostgreSQL advisory lock while it does).
create table provider_cursor (
    provider  varchar(32) primary key,
    polled_at timestamptz
);
insert into provider_cursor (provider) values ('ding');
