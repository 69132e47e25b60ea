-- The outbox is a queue: every row is inserted, published and deleted within moments, and the
-- relay's index scan from the oldest row must step over the deleted ones until they are vacuumed.
-- The default (vacuum after 20 % of the table changed) let them pile up to thousands under load and
-- each relay round took ~175 ms (issue 11); vacuum it after every thousand deletes instead.
alter table outbox_event set (autovacuum_vacuum_scale_factor = 0, autovacuum_vacuum_threshold = 1000,
                              autovacuum_vacuum_cost_delay = 0);
