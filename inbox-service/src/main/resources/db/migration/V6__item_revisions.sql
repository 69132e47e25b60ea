-- Issue 17: every change of an item raises its revision (under the item's row lock, which every
-- writer takes), and the events that carry the item's state carry it, so the portal applies only
-- newer state. patient_messages counts the request and its follow-ups: the portal shows the
-- clinic's status only once the clinic has seen all the patient wrote.
alter table inbox_item
    add column revision         bigint  not null default 1,
    add column patient_messages integer not null default 1;

update inbox_item i set patient_messages = 1 + (select count(*) from inbox_follow_up f where f.item_id = i.id)
where exists (select 1 from inbox_follow_up f where f.item_id = i.id);
