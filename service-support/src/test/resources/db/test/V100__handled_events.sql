-- What the test application's handler did, one row per event, in the handler's transaction.
create table handled_event (
    seq        bigint generated always as identity primary key,
    event_id   uuid        not null unique,
    marker     text        not null,
    handled_at timestamptz not null default now()
);
