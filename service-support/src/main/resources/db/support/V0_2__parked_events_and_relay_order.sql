-- Events of a type or schema version the consuming release cannot read yet: kept, never dropped,
-- until a release that reads them sends them again (ParkedEvents.unpark, './portal unpark').
create table parked_event (
    seq             bigint generated always as identity primary key,
    topic           text        not null,
    kafka_partition integer     not null,
    kafka_offset    bigint      not null,
    record_key      text,
    event_id        uuid,
    event_type      text        not null,
    schema_version  integer     not null,
    payload         text        not null,
    reason          text        not null,
    parked_at       timestamptz not null default now(),
    unique (topic, kafka_partition, kafka_offset)
);

-- The relay holds back an aggregate's later rows while an earlier one waits for a retry or is
-- blocked; this finds such earlier rows (few: only rows that failed at least once).
create index outbox_event_waiting on outbox_event (aggregate_id, seq) where attempts > 0;
