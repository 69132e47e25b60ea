-- The patient side. National ids are stored only where the product needs them and never appear
-- in URLs; clinics are addressed by their organisation number.

create table clinic (
    org_number           char(9) primary key,
    name                 text    not null,
    phone                text    not null,
    consultation_fee_nok integer not null check (consultation_fee_nok >= 0)
);

create table gp (
    hpr_number text    primary key,
    name       text    not null,
    clinic_org char(9) not null references clinic (org_number)
);

create table patient (
    id                       uuid        primary key,
    national_id              char(11)    not null unique,
    name                     text        not null,
    birth_date               date        not null,
    clinic_org               char(9)     not null references clinic (org_number),
    gp_hpr                   text        references gp (hpr_number),
    access_level             text        not null default 'BASIS' check (access_level in ('BASIS', 'FULL')),
    full_access_consented_at timestamptz,
    consent_terms_version    text,
    mobile                   text,
    email                    text,
    notify_by_sms            boolean     not null default false,
    notify_by_email          boolean     not null default false,
    profile_confirmed_at     timestamptz,
    created_at               timestamptz not null default now()
);

create table conversation (
    id              uuid        primary key,
    patient_id      uuid        not null references patient (id),
    submitted_by_id uuid        not null references patient (id),
    clinic_org      char(9)     not null references clinic (org_number),
    type            text        not null,
    status          text        not null check (status in ('SUBMITTED', 'RECEIVED', 'ANSWERED', 'CLOSED')),
    subject         text        not null,
    reply_due_by    timestamptz not null,
    possibly_urgent boolean     not null,
    fee_amount_nok  integer,
    fee_exempt      boolean,
    created_at      timestamptz not null,
    updated_at      timestamptz not null
);
create index conversation_by_patient on conversation (patient_id, created_at desc);

create table conversation_message (
    id              uuid        primary key,
    conversation_id uuid        not null references conversation (id),
    sender          text        not null check (sender in ('PATIENT', 'CLINIC')),
    body            text        not null,
    author          text        not null,
    sent_at         timestamptz not null
);
create index conversation_message_by_conversation on conversation_message (conversation_id, sent_at);
