-- Issue 19: the access log cannot be flooded. A view identical to one less than 10 minutes older (the
-- same viewer, person, action and thing) is not a new entry: the older entry counts it (repeats) and
-- says when it was last seen. Changes are always entries of their own.
alter table audit_event
    add column repeats          integer     not null default 1 check (repeats >= 1),
    add column last_occurred_at timestamptz;

-- Still append-only: the one update allowed raises an entry's count (and its last time), and
-- changes nothing else of it.
create or replace function audit_event_append_only() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' and new.repeats > old.repeats
            and (to_jsonb(new) - 'repeats' - 'last_occurred_at') = (to_jsonb(old) - 'repeats' - 'last_occurred_at') then
        return new;
    end if;
    raise exception 'audit_event is append-only: % is not allowed', tg_op
        using errcode = 'insufficient_privilege';
end;
$$;

-- The person pages the log by keyset (newest first, then by id), not by offset.
create index audit_event_by_subject_keyset on audit_event (subject_id, occurred_at desc, id desc);
drop index audit_event_by_subject;
