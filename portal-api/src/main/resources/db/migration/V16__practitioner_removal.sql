-- Issue 19: a clinic system removes a practitioner; inbox-service learns each practitioner's changes
-- from portal-api's events. A removed practitioner keeps their row (their patients, slots and
-- records refer to it) with removed_at set. revision is raised by every change and travels in the
-- events, so that the inbox applies only newer state, also across a removal and a new registration.
-- announced: whether the inbox has been told the row's current state. Rows from before this
-- migration (and rows the demo script writes) are not: portal-api announces them at start
-- (PractitionerService.announcePending), so that the inbox of an upgraded system knows every
-- practitioner before it refuses anyone.
alter table gp
    add column removed_at timestamptz,
    add column revision   bigint  not null default 1,
    add column announced  boolean not null default false;
