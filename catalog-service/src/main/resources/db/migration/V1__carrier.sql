-- Carriers that hold number ranges in Azerbaijan, current and retired (Naxtel stopped on 1 Dec 2025).
-- Every fact row says where it came from and when it was last checked.
create table carrier (
    id          varchar(32)  primary key,
    name        varchar(100) not null,
    status      varchar(16)  not null check (status in ('active', 'retired')),
    retired_on  date,
    source      varchar(500) not null,
    verified_on date         not null,
    version     bigint       not null default 0,
    check ((status = 'retired') = (retired_on is not null))
);
