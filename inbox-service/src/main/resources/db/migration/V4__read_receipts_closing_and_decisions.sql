-- R13: the first time staff open an item (read receipt, once per item); when the clinic closed it.
alter table inbox_item
    add column read_at   timestamptz,
    add column closed_at timestamptz;
-- Working the list: "mine" and "nobody's".
create index inbox_item_by_assignee on inbox_item (clinic_org, assignee_hpr);

-- R14: a GP's decision on a renewal or a sick-leave extension; at most one per item.
create table inbox_decision (
    id              uuid        primary key,
    item_id         uuid        not null unique references inbox_item (id),
    outcome         text        not null check (outcome in ('APPROVED', 'REJECTED')),
    reason          text,
    valid_until     date,
    to_date         date,
    decided_by_name text        not null,
    decided_by_hpr  text        not null,
    decided_at      timestamptz not null,
    check (outcome = 'APPROVED' or reason is not null)
);
