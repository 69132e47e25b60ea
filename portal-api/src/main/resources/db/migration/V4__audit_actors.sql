-- The audit log records actors who are not patients too (R15: a clinic system moving a patient; the
-- access log to come: staff reads). actor_id names a patient; actor_ref the others (an HPR number,
-- a clinic's organisation number).
alter table audit_event
    alter column actor_id drop not null,
    add column actor_type text not null default 'PATIENT' check (actor_type in ('PATIENT', 'STAFF', 'CLINIC_SYSTEM')),
    add column actor_ref  text,
    add constraint audit_event_has_actor check (actor_id is not null or actor_ref is not null);
