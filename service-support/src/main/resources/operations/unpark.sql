-- Sends every parked event (a type or schema version the consuming release could not read) again:
-- moves it, in the order it arrived, to the outbox, whose relay publishes it on its topic. Run it
-- once a release that reads those events is deployed: './portal unpark <service>', or psql against
-- the service's database. Consumers deduplicate by event id, so a repeat does no harm.
with moved as (delete from parked_event returning event_id, record_key, event_type, topic, payload, seq)
insert into outbox_event (id, aggregate_type, aggregate_id, type, topic, payload)
select coalesce(event_id, gen_random_uuid()), 'parked',
       case when record_key ~* '^[0-9a-f]{8}-([0-9a-f]{4}-){3}[0-9a-f]{12}$'
            then record_key::uuid else gen_random_uuid() end,
       event_type, topic, payload
from moved order by seq;
