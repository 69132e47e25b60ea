-- The clinic side. Items arrive from portal.requests.v1; the inbox never reads the portal's database.

create table inbox_item (
    id                    uuid        primary key,
    conversation_id       uuid        not null unique,
    clinic_org            char(9)     not null,
    type                  text        not null,
    status                text        not null check (status in ('OPEN', 'ANSWERED', 'CLOSED')),
    subject               text        not null,
    body                  text        not null,
    received_at           timestamptz not null,
    reply_due_by          timestamptz not null,
    possibly_urgent       boolean     not null,
    gp_hpr                text,
    assignee_hpr          text,
    patient_national_id   char(11)    not null,
    patient_name          text        not null,
    patient_birth_date    date        not null,
    submitted_by_name     text        not null,
    fee_amount_nok        integer,
    fee_exempt            boolean,
    answered_at           timestamptz
);
-- The inbox's own order: urgent first, then the earliest deadline.
create index inbox_item_queue on inbox_item (clinic_org, status, possibly_urgent desc, reply_due_by, id);

create table inbox_reply (
    id          uuid        primary key,
    item_id     uuid        not null references inbox_item (id),
    body        text        not null,
    author_name text        not null,
    author_hpr  text        not null,
    author_role text        not null,
    sent_at     timestamptz not null
);
create index inbox_reply_by_item on inbox_reply (item_id, sent_at);
