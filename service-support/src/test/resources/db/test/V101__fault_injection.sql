-- Faults the test application's handler can cause in the real database (testapp.Faults).

-- A row the handler locks with a short lock_timeout while a test holds it: SQLSTATE 55P03.
create table contended (id integer primary key);
insert into contended values (1);

-- A row written here makes the transaction fail at its commit, as a serialization failure does
-- (SQLSTATE 40001): a deferred constraint trigger runs only when the transaction commits.
create table commit_fault (event_id uuid primary key);
create function fail_at_commit() returns trigger language plpgsql as $$
begin
    raise exception 'serialization failure at commit (injected)' using errcode = '40001';
end $$;
create constraint trigger commit_fault_fails after insert on commit_fault deferrable initially deferred
    for each row execute function fail_at_commit();
