package no.legekontor.portal.conversation;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import no.legekontor.support.messaging.EventConsumption;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Kafka adapter for {@code inbox.events.v1}: what the clinic did with the patients' requests. */
@ApplicationScoped
public class InboxEventsConsumer {

    @Inject
    EventConsumption consumption;

    @Inject
    InboxEventHandler handler;

    @Incoming("inbox-events")
    @Blocking
    public void consume(ConsumerRecords<String, byte[]> records) {
        consumption.consume(records, handler::handle);
    }
}
