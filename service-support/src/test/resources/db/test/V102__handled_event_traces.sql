-- The trace the handler applied each event in, as its span and its log lines (MDC) saw it (EventTracesTest).
alter table handled_event add column trace_id text, add column logged_trace_id text;
