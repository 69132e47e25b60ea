-- Issue 23: updates without polling. Each notification gets a position in its recipient's list, which
-- `since`, the ETag and the live stream (its event ids and Last-Event-ID) count from. The writer takes
-- a transaction lock on the recipient before the row gets its position (Notifications), so one
-- recipient's positions rise in the order their rows commit: whoever has read up to a position has
-- seen every earlier row of that recipient, and never misses one that commits later.
alter table notification add column seq bigint generated always as identity;
create unique index notification_by_recipient_seq on notification (recipient_id, seq);
