-- Issue 19: the clinics' practitioners as portal-api announces them (PractitionerRegistered,
-- PractitionerRoleChanged, PractitionerRemoved on portal.requests.v1). A staff token is admitted
-- only for a practitioner of its clinic in its role. A removed practitioner keeps their row, with
-- removed set, so that the revision still orders a late, older event after the removal.
create table practitioner (
    hpr_number text        primary key,
    clinic_org char(9)     not null,
    name       text        not null,
    role       text        not null check (role in ('gp', 'office')),
    removed    boolean     not null default false,
    revision   bigint      not null,
    updated_at timestamptz not null
);
