-- The W3C trace context (traceparent) of the request that wrote the event; the relay sends it as a
-- Kafka header so that the consumer's work continues the same trace. Null outside any trace (rows
-- sent back by './portal redrive' or 'unpark', rows written before this column).
alter table outbox_event add column traceparent text;
