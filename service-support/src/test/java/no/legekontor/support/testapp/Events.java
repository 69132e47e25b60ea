package no.legekontor.support.testapp;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import no.legekontor.devtools.KafkaBrokerResource;
import no.legekontor.devtools.TopicClient;
import no.legekontor.shared.event.EventEnvelope;
import no.legekontor.shared.event.ItemRead;
import no.legekontor.shared.event.Topics;
import no.legekontor.support.messaging.EventCodec;

/** Builds and publishes the test application's events. */
public final class Events {

    public static final String CLINIC = "910000004";

    private final EventCodec codec;
    private final TopicClient topics = new TopicClient(KafkaBrokerResource.broker().bootstrapServers());

    public Events(EventCodec codec) {
        this.codec = codec;
    }

    public TopicClient topics() {
        return topics;
    }

    /** A readable event of the conversation; with {@code poison} its handler always rejects it. */
    public EventEnvelope event(UUID conversation, boolean poison) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        return EventEnvelope.of(new ItemRead(conversation, UUID.randomUUID(), poison ? null : now), CLINIC,
                conversation, now);
    }

    public String json(EventEnvelope event) {
        return codec.encodeToString(event);
    }

    public void publish(EventEnvelope event) {
        publishRaw(event.aggregateId().toString(), event.id().toString(), event.type(), json(event));
    }

    /** Publishes any value (null: a tombstone) with the headers the relay writes. */
    public void publishRaw(String key, String eventId, String type, String value) {
        topics.publish(TestEvents.TOPIC, key, value, Map.of(Topics.HEADER_EVENT_ID, eventId, Topics.HEADER_EVENT_TYPE, type));
    }
}
