alter table recharge_event add column failure_code varchar(64);

-- One row per top-up attempt, folded from its events. Each event only sets its flag and keeps the
-- earliest time of its kind (OR and LEAST), so folding is idempotent and independent of arrival
-- order; the state is derived from the set of kinds seen, never stored by whoever came last.
create table attempt (
    attempt_id      varchar(200)  primary key,
    msisdn          varchar(16)   not null,
    carrier         varchar(32),
    channel_id      varchar(64),
    payment_method  varchar(32),
    amount          numeric(12, 2),
    currency        char(3),
    has_requested   boolean       not null default false,
    has_succeeded   boolean       not null default false,
    has_failed      boolean       not null default false,
    has_reversed    boolean       not null default false,
    requested_at    timestamptz,
    succeeded_at    timestamptz,
    failed_at       timestamptz,
    reversed_at     timestamptz,
    failure_code    varchar(64),
    failure_detail  varchar(1000),
    first_event_at  timestamptz   not null,
    last_event_at   timestamptz   not null,
    -- events of one attempt that name different numbers: kept, and flagged
    msisdn_conflict boolean       not null default false,
    state           varchar(16)   generated always as (
        case when has_reversed then 'reversed'
             when has_succeeded then 'succeeded'
             when has_failed then 'failed'
             else 'requested' end) stored,
    -- a failure and a success for the same attempt: both kept, the attempt flagged
    contradictory   boolean       generated always as (has_failed and (has_succeeded or has_reversed)) stored
);

-- a subscriber's records, newest first, with a stable cursor (first_event_at, attempt_id)
create index attempt_msisdn_time_idx on attempt (msisdn, first_event_at desc, attempt_id desc);
-- channel health: the attempts within a time window (a bounded range scan, whatever the channel)
create index attempt_time_idx on attempt (first_event_at);
