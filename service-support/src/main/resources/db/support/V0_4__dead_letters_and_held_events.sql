-- Keeping an aggregate's events in order past one that is set aside (EventConsumption, HeldEvents).
-- Each table is per consumed topic and Kafka key (the aggregate: a conversation or an appointment).

-- Poison events, kept in the consumer's own database as well as on <topic>.dlq (which is for
-- alerting and inspection), so that './portal redrive' can send them back through the outbox in
-- order with the events held behind them. The record's position is the key: a batch retried after
-- a failure records each once.
create table dead_letter (
    seq             bigint generated always as identity primary key,
    topic           text        not null,
    kafka_partition integer     not null,
    kafka_offset    bigint      not null,
    record_key      text,
    event_id        uuid,
    event_type      text,
    payload         text        not null,
    reason          text        not null,
    dead_at         timestamptz not null default now(),
    unique (topic, kafka_partition, kafka_offset)
);
create index dead_letter_key on dead_letter (topic, record_key);

-- Later events of an aggregate whose earlier event is parked or dead-lettered: not handled before
-- it, sent back after it ('./portal unpark' or 'redrive') in the order they arrived.
create table held_event (
    seq             bigint generated always as identity primary key,
    topic           text        not null,
    kafka_partition integer     not null,
    kafka_offset    bigint      not null,
    record_key      text        not null,
    event_id        uuid,
    event_type      text,
    payload         text        not null,
    reason          text        not null,
    held_at         timestamptz not null default now(),
    unique (topic, kafka_partition, kafka_offset)
);
create index held_event_key on held_event (topic, record_key);

-- Events sent back through the outbox whose copy the consumer has not seen yet, by the position
-- the event had when it was sent back. Until its copy arrives, a newer event of the same aggregate
-- is sent back too, behind it, instead of overtaking it; and the aggregate is not sent back again.
create table returning_event (
    topic           text        not null,
    kafka_partition integer     not null,
    kafka_offset    bigint      not null,
    record_key      text        not null,
    event_id        uuid        not null,
    sent_back_at    timestamptz not null default now(),
    primary key (topic, kafka_partition, kafka_offset)
);
create index returning_event_key on returning_event (topic, record_key);

create index parked_event_key on parked_event (topic, record_key);
