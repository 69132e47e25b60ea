-- Issue 19, R15 changed: a clinic system's transfer of a patient registered at another clinic no
-- longer moves the person; it is a request the person (for a child under 16: a current guardian)
-- accepts or declines in the portal, and it lapses 14 days after it was made (a PENDING row past
-- expires_at is lapsed; nothing needs to sweep it). At most one request waits per person: a newer
-- one closes the older (WITHDRAWN, or LAPSED when it had already lapsed).
create table transfer (
    id           uuid        primary key,
    patient_id   uuid        not null references patient (id),
    from_clinic  char(9)     not null references clinic (org_number),
    to_clinic    char(9)     not null references clinic (org_number),
    gp_hpr       text        not null references gp (hpr_number),
    -- the name the new clinic registers the person under, taken over on acceptance
    name         text        not null,
    requested_at timestamptz not null,
    expires_at   timestamptz not null,
    status       text        not null check (status in ('PENDING', 'ACCEPTED', 'DECLINED', 'WITHDRAWN', 'LAPSED')),
    answered_at  timestamptz,
    -- who answered: the person, or the guardian for a child
    answered_by  uuid        references patient (id)
);
create unique index transfer_pending on transfer (patient_id) where status = 'PENDING';
create index transfer_by_patient on transfer (patient_id, requested_at desc);

-- A move no longer ends guardianships: a guardianship counts only while the child is a patient of
-- the clinic that registered it. So each clinic registers its own, and one guardian may hold a
-- dormant one from the child's former clinic next to the new clinic's.
drop index guardianship_active;
create unique index guardianship_active on guardianship (guardian_id, child_id, clinic_org) where ended_at is null;

-- Notified now too: a new guardian registered for a child (to its other guardians), and a clinic's
-- request to take the person over (to the person, or a child's guardians).
alter table notification drop constraint notification_kind_check;
alter table notification add constraint notification_kind_check check (kind in ('REPLY', 'DECISION', 'INVOICE',
    'APPOINTMENT_BOOKED', 'APPOINTMENT_CANCELLED', 'PROXY_ACCESS_ENDING', 'GUARDIAN_ADDED', 'TRANSFER_REQUESTED'));
