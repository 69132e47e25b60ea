-- Shared by both services (service-support): each service's Flyway runs it in its own database
-- before the service's own migrations (locations db/support, db/migration).

-- Transactional outbox: written with the change, published and deleted by the relay.
create table outbox_event (
    seq             bigint generated always as identity primary key,
    id              uuid        not null unique,
    aggregate_type  text        not null,
    aggregate_id    uuid        not null,
    type            text        not null,
    topic           text        not null,
    payload         text        not null,
    created_at      timestamptz not null default now(),
    attempts        integer     not null default 0,
    next_attempt_at timestamptz not null default now(),
    last_error      text,
    blocked_at      timestamptz
);
create index outbox_event_due on outbox_event (seq) where blocked_at is null;

-- Idempotent consumers: one row per handled event, written in the handler's transaction.
create table consumed_event (
    event_id    uuid        not null,
    consumer    text        not null,
    consumed_at timestamptz not null default now(),
    primary key (event_id, consumer)
);
