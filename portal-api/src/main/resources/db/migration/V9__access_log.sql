-- The access log (issue 10): reads are recorded as well as changes, by patients, guardians, clinic
-- systems and clinic staff (whose reads in the inbox arrive as ItemsViewed events). Staff are named
-- as the patient sees them at the time: their HPR number in actor_ref, and these.
alter table audit_event
    add column actor_name text,
    add column actor_role text;

-- The log is append-only: no statement, whatever code sends it, changes or removes an entry. Only a
-- schema change by the table's owner (dropping the triggers) could, and a migration would show it.
create function audit_event_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_event is append-only: % is not allowed', tg_op
        using errcode = 'insufficient_privilege';
end;
$$;
create trigger audit_event_no_update_or_delete before update or delete on audit_event
    for each row execute function audit_event_append_only();
create trigger audit_event_no_truncate before truncate on audit_event
    for each statement execute function audit_event_append_only();
