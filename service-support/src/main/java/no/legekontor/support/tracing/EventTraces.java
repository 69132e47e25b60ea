package no.legekontor.support.tracing;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.context.propagation.TextMapGetter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.legekontor.shared.event.EventEnvelope;
import no.legekontor.shared.event.Topics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * Carries a request's trace through the outbox and Kafka: the outbox row stores the W3C
 * {@code traceparent} of the span that wrote it ({@link #current()}), the relay sends it as a
 * header ({@link #addHeader}), and the consumer handles each event in a span that continues it
 * ({@link #continuing}), so that the events it writes to its own outbox carry the trace on.
 *
 * <p>A handler gets a batch's events in one transaction; {@link #delivering} keeps the records'
 * trace contexts at hand (by event id, on the handling thread) for the per-event spans.
 */
@ApplicationScoped
public class EventTraces {

    private static final W3CTraceContextPropagator W3C = W3CTraceContextPropagator.getInstance();
    private static final TextMapGetter<String> TRACEPARENT = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(String carrier) {
            return List.of(Topics.HEADER_TRACEPARENT);
        }

        @Override
        public String get(String carrier, String key) {
            return Topics.HEADER_TRACEPARENT.equals(key) ? carrier : null;
        }
    };
    private static final ThreadLocal<Map<UUID, String>> DELIVERED = new ThreadLocal<>();

    @Inject
    Tracer tracer;

    /** The W3C traceparent of the current span; null outside any trace. */
    public String current() {
        Map<String, String> carrier = new HashMap<>(2);
        W3C.inject(Context.current(), carrier, Map::put);
        return carrier.get(Topics.HEADER_TRACEPARENT);
    }

    /** Adds the stored traceparent, if any, to a record's headers. */
    public static void addHeader(Headers headers, String traceparent) {
        if (traceparent != null) {
            headers.add(Topics.HEADER_TRACEPARENT, traceparent.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** The traceparent a record carries, or null. */
    public static String traceparentOf(ConsumerRecord<?, ?> record) {
        Header header = record.headers().lastHeader(Topics.HEADER_TRACEPARENT);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /**
     * Runs a batch's handler with the records' traceparents at hand for {@link #continuing}.
     *
     * @param records the records and the events read from them, in the same order
     */
    public void delivering(List<? extends ConsumerRecord<?, ?>> records, List<EventEnvelope> events, Runnable handling) {
        Map<UUID, String> traceparents = new HashMap<>();
        for (int i = 0; i < records.size(); i++) {
            String traceparent = traceparentOf(records.get(i));
            if (traceparent != null) {
                traceparents.put(events.get(i).id(), traceparent);
            }
        }
        Map<UUID, String> outer = DELIVERED.get();
        DELIVERED.set(traceparents);
        try {
            handling.run();
        } finally {
            if (outer == null) {
                DELIVERED.remove();
            } else {
                DELIVERED.set(outer);
            }
        }
    }

    /**
     * Handles one event in a consumer span that continues the trace its record carried (a new trace
     * when it carried none); the span is current meanwhile, for the log lines and the outbox.
     */
    public void continuing(EventEnvelope event, String consumer, Runnable work) {
        Map<UUID, String> delivered = DELIVERED.get();
        String traceparent = delivered == null ? null : delivered.get(event.id());
        Context parent = traceparent == null ? Context.root()
                : W3C.extract(Context.root(), traceparent, TRACEPARENT);
        Span span = tracer.spanBuilder(consumer + " " + event.type())
                .setParent(parent)
                .setSpanKind(SpanKind.CONSUMER)
                .setAttribute("messaging.message.id", event.id().toString())
                .startSpan();
        try (Scope ignored = span.makeCurrent()) {
            work.run();
        } catch (RuntimeException | Error e) {
            // The kind only: a database error's message can quote the row (a national id, a body).
            span.setStatus(StatusCode.ERROR, e.getClass().getSimpleName());
            throw e;
        } finally {
            span.end();
        }
    }
}
