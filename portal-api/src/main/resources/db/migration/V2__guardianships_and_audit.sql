-- Guardians act for children under 16 (R11); everything done in the portal is recorded with who
-- did it and for whom.

create table guardianship (
    id          uuid        primary key,
    guardian_id uuid        not null references patient (id),
    child_id    uuid        not null references patient (id),
    clinic_org  char(9)     not null references clinic (org_number),
    created_at  timestamptz not null,
    ended_at    timestamptz,
    check (guardian_id <> child_id)
);
-- At most one active guardianship per guardian and child; the lookup on every proxied request.
create unique index guardianship_active on guardianship (guardian_id, child_id) where ended_at is null;
create index guardianship_by_child on guardianship (child_id);

create table audit_event (
    id            uuid        primary key,
    occurred_at   timestamptz not null,
    actor_id      uuid        not null references patient (id),
    subject_id    uuid        not null references patient (id),
    action        text        not null,
    resource_type text        not null,
    resource_id   uuid
);
create index audit_event_by_subject on audit_event (subject_id, occurred_at desc);
