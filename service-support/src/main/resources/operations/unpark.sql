-- Sends every parked event (a type or schema version the consuming release could not read) again,
-- with the later events of its aggregate held behind it: moves them, in the order they arrived, to
-- the outbox, whose relay publishes them on their topic keyed by aggregate. Run it once a release
-- that reads those events is deployed: './portal unpark <service>', or psql -f against the
-- service's database. Consumers deduplicate by event id, so a repeat does no harm.
--
-- Each event sent back is remembered in returning_event until the consumer sees its copy: events
-- of the aggregate that arrive meanwhile go behind it. An aggregate with events still on their way
-- back from an earlier unpark or redrive is left for the next run.
begin;

-- Holding a record behind a parked one waits for this, and this for it: see HeldEvents.
lock table held_event in share row exclusive mode;

with parked as (
    delete from parked_event p
    where not exists (select 1 from returning_event r where r.topic = p.topic and r.record_key = p.record_key)
    returning topic, kafka_partition, kafka_offset, record_key, event_id, event_type, payload),
held as (
    delete from held_event h
    where exists (select 1 from parked p where p.topic = h.topic and p.record_key = h.record_key)
    returning topic, kafka_partition, kafka_offset, record_key, event_id, event_type, payload),
moved as (
    select m.*, coalesce(m.event_id, gen_random_uuid()) as id,
           case when m.record_key ~* '^[0-9a-f]{8}-([0-9a-f]{4}-){3}[0-9a-f]{12}$'
                then cast(m.record_key as uuid) end as aggregate_id
    from (select * from parked union all select * from held) m),
remembered as (
    insert into returning_event (topic, kafka_partition, kafka_offset, record_key, event_id)
    select topic, kafka_partition, kafka_offset, cast(aggregate_id as text), id from moved
    where aggregate_id is not null
    on conflict do nothing)
insert into outbox_event (id, aggregate_type, aggregate_id, type, topic, payload)
select id, 'parked', coalesce(aggregate_id, gen_random_uuid()), coalesce(event_type, 'unknown'), topic, payload
from moved order by topic, kafka_partition, kafka_offset
on conflict (id) do nothing;

commit;
