package no.legekontor.inbox.intake;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import no.legekontor.support.messaging.EventConsumption;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Kafka adapter for {@code portal.requests.v1}: patients' requests on their way to the inbox. */
@ApplicationScoped
public class PortalRequestsConsumer {

    @Inject
    EventConsumption consumption;

    @Inject
    PortalRequestHandler handler;

    @Incoming("portal-requests")
    @Blocking
    public void consume(ConsumerRecords<String, byte[]> records) {
        consumption.consume(records, handler::handle);
    }
}
