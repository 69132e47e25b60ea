-- R8, the deadline monitor: RequestDueSoon and RequestOverdue are announced once per item and
-- deadline. Each column holds the deadline (reply_due_by) the announcement was made for; a
-- follow-up that reopens the item with a new deadline makes it announceable again. The monitor sets
-- them with a conditional update in the transaction that writes the events, so two replicas never
-- both announce an item.
alter table inbox_item
    add column due_soon_announced_for timestamptz,
    add column overdue_announced_for  timestamptz;

-- The monitor's sweeps and gauges read the open items by deadline, across clinics.
create index inbox_item_open_by_deadline on inbox_item (reply_due_by) where status = 'OPEN';
