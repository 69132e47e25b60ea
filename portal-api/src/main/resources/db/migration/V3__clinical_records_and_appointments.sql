-- What the clinic's record system (EPJ) pushes through the integration API: bookable slots,
-- prescriptions, vaccinations and sick notes. Each is upserted by the clinic system's own id
-- (clinic_org, external_id), so sending the same record twice leaves one row.

create table slot (
    id              uuid        primary key,
    clinic_org      char(9)     not null references clinic (org_number),
    external_id     text        not null,
    gp_hpr          text        not null references gp (hpr_number),
    starts_at       timestamptz not null,
    ends_at         timestamptz not null,
    online_bookable boolean     not null,
    updated_at      timestamptz not null,
    unique (clinic_org, external_id),
    check (ends_at > starts_at)
);
create index slot_by_gp on slot (gp_hpr, starts_at);

create table appointment (
    id                    uuid        primary key,
    slot_id               uuid        not null references slot (id),
    patient_id            uuid        not null references patient (id),
    booked_by_id          uuid        not null references patient (id),
    clinic_org            char(9)     not null references clinic (org_number),
    reason                text,
    status                text        not null check (status in ('BOOKED', 'CANCELLED')),
    booked_at             timestamptz not null,
    cancelled_at          timestamptz,
    cancelled_by_id       uuid        references patient (id),
    attended              boolean,
    received_by_clinic_at timestamptz
);
-- R4: one slot is booked by at most one patient, also when twenty try at once.
create unique index appointment_one_per_slot on appointment (slot_id) where status = 'BOOKED';
create index appointment_by_patient on appointment (patient_id, booked_at desc);

create table prescription (
    id             uuid        primary key,
    clinic_org     char(9)     not null references clinic (org_number),
    external_id    text        not null,
    patient_id     uuid        not null references patient (id),
    medication     text        not null,
    dosage         text        not null,
    issued_on      date        not null,
    valid_until    date        not null,
    prescriber_hpr text        not null,
    updated_at     timestamptz not null,
    unique (clinic_org, external_id),
    check (valid_until >= issued_on)
);
create index prescription_by_patient on prescription (patient_id, valid_until desc);

create table vaccination (
    id          uuid        primary key,
    clinic_org  char(9)     not null references clinic (org_number),
    external_id text        not null,
    patient_id  uuid        not null references patient (id),
    vaccine     text        not null,
    given_on    date        not null,
    given_by    text        not null,
    updated_at  timestamptz not null,
    unique (clinic_org, external_id)
);
create index vaccination_by_patient on vaccination (patient_id, given_on desc);

create table sick_note (
    id            uuid        primary key,
    clinic_org    char(9)     not null references clinic (org_number),
    external_id   text        not null,
    patient_id    uuid        not null references patient (id),
    from_date     date        not null,
    to_date       date        not null,
    grade_percent integer     not null check (grade_percent between 1 and 100),
    updated_at    timestamptz not null,
    unique (clinic_org, external_id),
    check (to_date >= from_date)
);
create index sick_note_by_patient on sick_note (patient_id, to_date desc);

-- Conversations about a prescription or a sick note name it; office messages carry the office's
-- same-day aim (R8).
alter table conversation
    add column target_by       timestamptz,
    add column prescription_id uuid references prescription (id),
    add column sick_note_id    uuid references sick_note (id),
    add column requested_until date;
-- R5: at most one open renewal per prescription (and one open extension per sick note): the
-- backstop behind the row lock the services take, so ten racing requests give one conversation.
create unique index conversation_open_renewal on conversation (prescription_id)
    where prescription_id is not null and status in ('SUBMITTED', 'RECEIVED');
create unique index conversation_open_extension on conversation (sick_note_id)
    where sick_note_id is not null and status in ('SUBMITTED', 'RECEIVED');
