package no.legekontor.portal.support;

import java.util.Map;
import no.legekontor.devtools.KafkaBrokerResource;
import no.legekontor.devtools.TopicClient;
import no.legekontor.shared.event.EventEnvelope;
import no.legekontor.shared.event.Topics;
import no.legekontor.support.messaging.EventCodec;

/**
 * Puts an event on {@code inbox.events.v1} as inbox-service's outbox relay does: keyed by its
 * aggregate id, with the event id and type headers. For the tests of portal-api's consumer.
 */
public final class InboxEvents {

    private InboxEvents() {
    }

    public static void publish(EventCodec codec, EventEnvelope event) {
        new TopicClient(KafkaBrokerResource.broker().bootstrapServers()).publish(Topics.INBOX_EVENTS,
                event.aggregateId().toString(), codec.encodeToString(event),
                Map.of(Topics.HEADER_EVENT_ID, event.id().toString(), Topics.HEADER_EVENT_TYPE, event.type()));
    }
}
