-- R12: receipts and invoices. Exactly one per e-consultation answered by a GP and one per
-- appointment the clinic system marks attended: the unique constraints on the source make it so in
-- the database, and invoices are inserted with "on conflict do nothing", so a redelivered
-- ReplyPosted or a second attendance call finds the first and adds nothing.

-- Invoice numbers; the KID is the number with its MOD10 check digit (shared-model's Kid).
create sequence invoice_number;

create table invoice (
    id              uuid        primary key,
    number          bigint      not null unique,
    kid             text        not null unique check (kid ~ '^[0-9]{2,25}$'),
    patient_id      uuid        not null references patient (id),
    clinic_org      char(9)     not null references clinic (org_number),
    service         text        not null check (service in ('E_CONSULTATION', 'CONSULTATION')),
    -- What was invoiced: the answered e-consultation or the attended appointment, exactly one.
    conversation_id uuid        unique references conversation (id),
    appointment_id  uuid        unique references appointment (id),
    gp_hpr          text,
    service_date    date        not null,
    amount_nok      integer     not null check (amount_nok >= 0),
    -- Children under 16 pay no co-payment: 0 NOK, still a receipt.
    exempt          boolean     not null,
    issued_at       timestamptz not null,
    due_on          date        not null,
    status          text        not null check (status in ('UNPAID', 'PAID')),
    paid_at         timestamptz,
    check ((conversation_id is null) <> (appointment_id is null)),
    check ((service = 'E_CONSULTATION') = (conversation_id is not null)),
    check (not exempt or amount_nok = 0),
    check ((status = 'PAID') = (paid_at is not null))
);
create index invoice_by_patient on invoice (patient_id, issued_at desc);
create index invoice_by_clinic on invoice (clinic_org, issued_at desc);
