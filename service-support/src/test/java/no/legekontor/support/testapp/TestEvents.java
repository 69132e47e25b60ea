package no.legekontor.support.testapp;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import no.legekontor.shared.event.EventEnvelope;
import no.legekontor.shared.event.ItemRead;
import no.legekontor.support.messaging.EventConsumption;
import no.legekontor.support.messaging.ProcessedEvents;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * The test application's consumer of {@code support.test.v1}, built as the services build theirs:
 * an adapter handing batches to {@link EventConsumption} and an idempotent, transactional handler.
 * An {@link ItemRead} whose {@code readAt} is null is poison: the handler always rejects it. A test
 * can make the handler meet other failures for an event ({@link Faults}).
 */
@ApplicationScoped
public class TestEvents {

    public static final String TOPIC = "support.test.v1";

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
                if (!processed.firstDelivery(event.id(), "support-test")) {
                    continue;
                }
                ItemRead read = (ItemRead) event.payload();
                if (read.readAt() == null) {
                    throw new IllegalArgumentException("readAt is required");
                }
                em.createNativeQuery("insert into handled_event (event_id, marker) values (?1, ?2)")
                        .setParameter(1, event.id())
                        .setParameter(2, read.conversationId().toString())
                        .executeUpdate();
            }
        }
    }
}
