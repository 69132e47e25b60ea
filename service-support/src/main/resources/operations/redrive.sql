-- Sends every dead letter back (an event that failed max-attempts times alone, or a record that was
-- not an event), with the later events of its aggregate held behind it: moves them, in the order
-- they arrived, to the outbox, whose relay publishes them on their topic keyed by aggregate. Run it
-- once what made them fail is fixed: './portal redrive <service>', or psql -f against the service's
-- database. To drop a dead letter for good instead, delete its row from dead_letter first: the
-- events held behind it then follow on their own. Consumers deduplicate by event id, so a repeat
-- does no harm; an event that fails again is dead-lettered again, and its aggregate waits again.
--
-- Each event sent back is remembered in returning_event until the consumer sees its copy: events
-- of the aggregate that arrive meanwhile go behind it. An aggregate with events still on their way
-- back from an earlier unpark or redrive is left for the next run. Events held behind a parked
-- event stay (./portal unpark sends those).
begin;

-- Holding a record behind a dead letter waits for this, and this for it: see HeldEvents.
lock table held_event in share row exclusive mode;

with dead as (
    delete from dead_letter d
    where not exists (select 1 from returning_event r where r.topic = d.topic and r.record_key = d.record_key)
    returning topic, kafka_partition, kafka_offset, record_key, event_id, event_type, payload),
held as (
    delete from held_event h
    where not exists (select 1 from parked_event p where p.topic = h.topic and p.record_key = h.record_key)
      and not exists (select 1 from returning_event r where r.topic = h.topic and r.record_key = h.record_key)
    returning topic, kafka_partition, kafka_offset, record_key, event_id, event_type, payload),
moved as (
    select m.*, coalesce(m.event_id, gen_random_uuid()) as id,
           case when m.record_key ~* '^[0-9a-f]{8}-([0-9a-f]{4}-){3}[0-9a-f]{12}$'
                then cast(m.record_key as uuid) end as aggregate_id
    from (select * from dead union all select * from held) m),
remembered as (
    insert into returning_event (topic, kafka_partition, kafka_offset, record_key, event_id)
    select topic, kafka_partition, kafka_offset, cast(aggregate_id as text), id from moved
    where aggregate_id is not null
    on conflict do nothing)
insert into outbox_event (id, aggregate_type, aggregate_id, type, topic, payload)
select id, 'redriven', coalesce(aggregate_id, gen_random_uuid()), coalesce(event_type, 'unknown'), topic, payload
from moved order by topic, kafka_partition, kafka_offset
on conflict (id) do nothing;

commit;
