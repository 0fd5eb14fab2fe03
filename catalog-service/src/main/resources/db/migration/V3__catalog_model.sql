-- The catalog's model: carriers in four languages with their codes, number ranges, channels and
-- promotions. Every fact row says where it came from (source) and when it was last checked
-- (verified_on); version is the optimistic lock that If-Match is checked against.

alter table carrier
    add column names         jsonb,
    add column aliases       varchar(100)[] not null default '{}',
    add column kind          varchar(24)  not null default 'mobile-operator'
        check (kind in ('mobile-operator', 'other-operator')),
    add column balance_code  varchar(64),
    add column top_up_code   varchar(128),
    add column website       varchar(300),
    add column support_phone varchar(32),
    add column notes         text;
update carrier set names = jsonb_build_object('en', name);
alter table carrier alter column names set not null;
alter table carrier drop column name;

-- A national prefix and who holds it. Portability means the holder is not always the carrier
-- serving a number today; history knows that, the catalog knows the ranges.
create table number_range (
    prefix      varchar(8)  primary key check (prefix ~ '^0[0-9]{2,6}$'),
    holder_id   varchar(32) not null references carrier (id),
    number_type varchar(16) not null default 'mobile' check (number_type in ('mobile', 'fixed-line')),
    added_on    date,
    notes       text,
    source      varchar(500) not null,
    verified_on date         not null,
    version     bigint       not null default 0
);
create index number_range_holder_idx on number_range (holder_id);

create table channel (
    id                varchar(64)   primary key check (id ~ '^[a-z0-9][a-z0-9-]{1,62}$'),
    kind              varchar(24)   not null
        check (kind in ('store', 'carrier-online', 'kiosk', 'bank-app', 'scratch-card')),
    names             jsonb         not null,
    operator          varchar(100)  not null,
    carriers          varchar(32)[] not null check (cardinality(carriers) > 0),
    payment_methods   varchar(32)[] not null check (cardinality(payment_methods) > 0),
    gives_change      boolean,
    currency          char(3)       not null default 'AZN',
    min_amount        numeric(12, 2),
    max_amount        numeric(12, 2),
    denominations     numeric(12, 2)[] not null default '{}',
    fee_percent       numeric(5, 2) not null default 0,
    fee_fixed         numeric(12, 2) not null default 0,
    minutes_to_credit integer       check (minutes_to_credit >= 0),
    opening_hours     jsonb,
    cities            varchar(60)[] not null default '{}',
    languages         varchar(8)[]  not null default '{}',
    steps             jsonb         not null,
    verified          boolean       not null default true,
    notes             text,
    source            varchar(500)  not null,
    verified_on       date          not null,
    version           bigint        not null default 0,
    check (max_amount is null or min_amount is null or max_amount >= min_amount)
);

create table promotion (
    id          varchar(64)  primary key check (id ~ '^[a-z0-9][a-z0-9-]{1,62}$'),
    carrier_id  varchar(32)  not null references carrier (id),
    channel_id  varchar(64)  references channel (id),
    texts       jsonb        not null,
    valid_from  timestamptz  not null,
    valid_to    timestamptz  not null,
    min_amount  numeric(12, 2),
    currency    char(3)      not null default 'AZN',
    source      varchar(500) not null,
    verified_on date         not null,
    version     bigint       not null default 0,
    check (valid_to > valid_from)
);
create index promotion_carrier_validity_idx on promotion (carrier_id, valid_from, valid_to);

-- Transactional outbox: a committed write and its change event are one row each in one
-- transaction; the relay publishes unpublished rows to catalog-changes, in id order.
create table catalog_change (
    id           bigserial    primary key,
    entity       varchar(24)  not null,
    entity_id    varchar(64)  not null,
    change       varchar(16)  not null check (change in ('created', 'updated', 'deleted')),
    version      bigint       not null,
    occurred_at  timestamptz  not null default now(),
    published_at timestamptz
);
create index catalog_change_unpublished_idx on catalog_change (id) where published_at is null;
