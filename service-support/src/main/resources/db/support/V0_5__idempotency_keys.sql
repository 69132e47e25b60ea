-- Idempotency-Key on the operations that create (issue 20): one row per caller and key, inserted
-- in the request's own transaction before its work and completed with the answer at its end, so a
-- key is kept exactly when the request's writes are. A retry within the retention (24 h) gets the
-- stored answer again; IdempotencyPurge deletes older rows.
create table idempotency_key (
    caller      text        not null,
    key         text        not null,
    fingerprint text        not null,
    created_at  timestamptz not null default now(),
    status      integer,
    location    text,
    body        text,
    primary key (caller, key)
);
create index idempotency_key_created on idempotency_key (created_at);
