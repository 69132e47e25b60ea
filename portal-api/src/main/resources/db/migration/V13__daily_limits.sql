-- Issue 19, R16: e-consultations and office messages a person may send per day (Oslo). One row per
-- person, day and kind, raised by one statement that refuses to pass the limit, so two requests at
-- once cannot both take the last one. A refused or rolled-back request leaves the count as it was.
create table daily_usage (
    patient_id uuid    not null references patient (id),
    day        date    not null,
    kind       text    not null,
    used       integer not null check (used >= 1),
    primary key (patient_id, day, kind)
);
