-- Appointment notices (bookings and cancellations) have no conversation and no deadline; office
-- messages carry the office's same-day aim; renewals, extensions and notices carry what the
-- clinic needs to act on them (details).
alter table inbox_item
    alter column conversation_id drop not null,
    alter column reply_due_by drop not null,
    add column appointment_id uuid,
    add column target_by      timestamptz,
    add column details        jsonb,
    add constraint inbox_item_belongs check (conversation_id is not null or appointment_id is not null);

-- R8: work the list by the earlier of targetBy and replyDueBy; notices (no deadline) come last.
alter table inbox_item add column due_at timestamptz generated always as (least(target_by, reply_due_by)) stored;
drop index inbox_item_queue;
create index inbox_item_queue on inbox_item (clinic_org, status, possibly_urgent desc, due_at, id);

-- The patient's follow-ups (R13): each reopens its item with a new deadline.
create table inbox_follow_up (
    id                uuid        primary key,
    item_id           uuid        not null references inbox_item (id),
    body              text        not null,
    submitted_by_name text,
    sent_at           timestamptz not null
);
create index inbox_follow_up_by_item on inbox_follow_up (item_id, sent_at);
