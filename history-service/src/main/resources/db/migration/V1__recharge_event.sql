-- Every recharge event as received, once: the event id (CloudEvents `id`) is the idempotency key,
-- enforced here by the primary key so a redelivered event can never be stored twice.
create table recharge_event (
    event_id     varchar(200)  primary key,
    attempt_id   varchar(200)  not null,
    type         varchar(64)   not null,
    source       varchar(200)  not null,
    occurred_at  timestamptz   not null,
    msisdn       varchar(16)   not null,
    carrier      varchar(32),
    channel_id   varchar(64),
    amount       numeric(12, 2),
    currency     char(3),
    payload      jsonb         not null,
    received_at  timestamptz   not null default now()
);

create index recharge_event_attempt_idx on recharge_event (attempt_id, occurred_at);
create index recharge_event_msisdn_idx on recharge_event (msisdn, occurred_at);
