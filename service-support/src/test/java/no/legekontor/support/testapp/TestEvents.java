package no.legekontor.support.testapp;

import io.opentelemetry.api.trace.Span;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Objects;
import no.legekontor.shared.event.EventEnvelope;
import no.legekontor.shared.event.ItemRead;
import no.legekontor.support.messaging.EventConsumption;
import no.legekontor.support.messaging.ProcessedEvents;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.MDC;

/**
 * The test application's consumer of {@code support.test.v1}, built as the services build theirs:
 * an adapter handing batches to {@link EventConsumption} and an idempotent, transactional handler.
 * An {@link ItemRead} whose {@code readAt} is null is poison: the handler always rejects it. A test
 * can make the handler meet other failures for an event ({@link Faults}).
 */
@ApplicationScoped
public class TestEvents {

    public static final String TOPIC = "support.test.v1";
    /** The handler's name in consumed_event. */
    public static final String CONSUMER = "support-test";

    @Inject
    EventConsumption consumption;

    @Inject
    Handler handler;

    @Incoming("test-events")
    @Blocking
    public void consume(ConsumerRecords<String, byte[]> records) {
        consumption.consume(records, handler::handle);
    }

    @ApplicationScoped
    @Transactional
    public static class Handler {

        @Inject
        ProcessedEvents processed;

        @Inject
        EntityManager em;

        @Inject
        Faults faults;

        public void handle(List<EventEnvelope> events) {
            for (EventEnvelope event : events) {
                faults.strike(event.id(), em);
                processed.applyEach(List.of(event), CONSUMER, this::apply);
            }
        }

        /** Records the event, with the trace it was handled in as the span and the log lines saw it. */
        private void apply(EventEnvelope event) {
            ItemRead read = (ItemRead) event.payload();
            if (read.readAt() == null) {
                throw new IllegalArgumentException("readAt is required");
            }
            em.createNativeQuery("""
                    insert into handled_event (event_id, marker, trace_id, logged_trace_id)
                    values (?1, ?2, ?3, ?4)""")
                    .setParameter(1, event.id())
                    .setParameter(2, read.conversationId().toString())
                    .setParameter(3, Span.current().getSpanContext().getTraceId())
                    .setParameter(4, Objects.toString(MDC.get("traceId"), null))
                    .executeUpdate();
        }
    }
}
