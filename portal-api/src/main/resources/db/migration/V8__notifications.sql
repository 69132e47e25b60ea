-- R13: what a person is notified of (a reply, a decision, a new invoice, a booking or cancellation,
-- a guardian's access that ends within 30 days). One row per recipient, kind and the thing it is
-- about, so a redelivered event, a second replica or a second run of the daily job never notifies
-- twice: the row is inserted with "on conflict do nothing", and only a new row writes the events for
-- the SMS / e-mail gateway. The text carries no health content.
create table notification (
    id            uuid        primary key,
    recipient_id  uuid        not null references patient (id),
    -- whose matter it is: the recipient, or the child a guardian acts for
    about_id      uuid        not null references patient (id),
    kind          text        not null check (kind in ('REPLY', 'DECISION', 'INVOICE', 'APPOINTMENT_BOOKED',
                                                       'APPOINTMENT_CANCELLED', 'PROXY_ACCESS_ENDING')),
    -- the reply, decision, invoice or appointment; for PROXY_ACCESS_ENDING the child
    subject_id    uuid        not null,
    clinic_org    char(9)     not null references clinic (org_number),
    text          text        not null,
    link          text        not null,
    -- the channels it was published on; neither when the profile was not confirmed within 18 months
    -- or the person chose no channel (it is listed all the same)
    sent_by_sms   boolean     not null,
    sent_by_email boolean     not null,
    created_at    timestamptz not null,
    unique (recipient_id, kind, subject_id)
);
create index notification_by_recipient on notification (recipient_id, created_at desc);

-- Jobs that run once a day across replicas: the first replica to insert the day's row runs the job
-- (in the same transaction), the others find it and skip.
create table job_run (
    job    text        not null,
    day    date        not null,
    ran_at timestamptz not null,
    primary key (job, day)
);
