-- Issue 19: a clinic system removes a practitioner; inbox-service learns each practitioner's changes
-- from portal-api's events. A removed practitioner keeps their row (their patients, slots and
-- records refer to it) with removed_at set. revision is raised by every change and travels in the
-- events, so that the inbox applies only newer state, also across a removal and a new registration.
alter table gp
    add column removed_at timestamptz,
    add column revision   bigint not null default 1;
