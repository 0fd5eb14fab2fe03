-- The records history has set aside on recharge-events-dlq, by where they were read: a batch that
-- is delivered again (a broker restart before its offsets were committed) sends none of them twice.
-- Only positions and reasons: the record itself, number included, lives on the dead-letter topic.
create table dead_letter (
    source_topic     varchar(249)  not null,
    source_partition integer       not null,
    source_offset    bigint        not null,
    reason           varchar(2000) not null,
    set_aside_at     timestamptz   not null,
    primary key (source_topic, source_partition, source_offset)
);
