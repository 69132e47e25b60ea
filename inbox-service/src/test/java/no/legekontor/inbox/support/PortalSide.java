package no.legekontor.inbox.support;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.legekontor.devtools.Demo;
import no.legekontor.devtools.KafkaBrokerResource;
import no.legekontor.devtools.TopicClient;
import no.legekontor.shared.event.EventEnvelope;
import no.legekontor.shared.event.EventPayload;
import no.legekontor.shared.event.RequestSubmitted;
import no.legekontor.shared.event.RequestType;
import no.legekontor.shared.event.Topics;
import no.legekontor.support.messaging.EventCodec;

/** Plays portal-api on the real broker: publishes patients' requests, reads what the inbox answers. */
public final class PortalSide {

    public static final RequestSubmitted.Person EMMA = new RequestSubmitted.Person(Demo.EMMA, "Emma Nordmann",
            LocalDate.of(2016, 5, 9));

    public static final RequestSubmitted.Person KARI = new RequestSubmitted.Person(Demo.KARI, "Kari Nordmann",
            LocalDate.of(1985, 3, 14));

    private final EventCodec codec;
    private final TopicClient topics = new TopicClient(KafkaBrokerResource.broker().bootstrapServers());

    public PortalSide(EventCodec codec) {
        this.codec = codec;
    }

    public static RequestSubmitted request(RequestType type, String subject, OffsetDateTime replyDueBy,
            boolean possiblyUrgent) {
        // Whole seconds: the database keeps microseconds, the JVM's clock may give nanoseconds.
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.ofHours(1)).truncatedTo(ChronoUnit.SECONDS);
        return new RequestSubmitted(UUID.randomUUID(), type, subject, "Tekst fra pasienten.", now, replyDueBy,
                possiblyUrgent, KARI, KARI, Demo.LISE_BERG_HPR,
                type == RequestType.E_CONSULTATION ? new RequestSubmitted.Fee(224, false) : null, null, null, null);
    }

    public static RequestSubmitted econsultation() {
        return request(RequestType.E_CONSULTATION, "Utslett",
                OffsetDateTime.now(ZoneOffset.ofHours(1)).truncatedTo(ChronoUnit.SECONDS).plusDays(7), false);
    }

    public EventEnvelope envelope(RequestSubmitted request, String clinic) {
        return EventEnvelope.of(request, clinic, request.conversationId(), request.submittedAt());
    }

    /** Any portal event about a conversation of Demo Legesenter, keyed by that conversation. */
    public EventEnvelope envelope(EventPayload payload, UUID conversationId) {
        return EventEnvelope.of(payload, Demo.DEMO_CLINIC, conversationId, OffsetDateTime.now(ZoneOffset.ofHours(1)));
    }

    public EventEnvelope submit(RequestSubmitted request) {
        EventEnvelope event = envelope(request, Demo.DEMO_CLINIC);
        publish(event);
        return event;
    }

    public void publish(EventEnvelope event) {
        topics.publish(Topics.PORTAL_REQUESTS, event.aggregateId().toString(), codec.encodeToString(event),
                Map.of(Topics.HEADER_EVENT_ID, event.id().toString(), Topics.HEADER_EVENT_TYPE, event.type()));
    }

    /** The inbox events published for a conversation, once {@code count} of them have arrived. */
    public List<TopicClient.Received> inboxEvents(UUID conversationId, int count) {
        return topics.readUntil(Topics.INBOX_EVENTS, r -> conversationId.toString().equals(r.key()),
                found -> found.size() >= count, Duration.ofSeconds(30));
    }

    /** Every inbox event published so far for a conversation. */
    public List<TopicClient.Received> allInboxEvents(UUID conversationId) {
        return topics.readAll(Topics.INBOX_EVENTS, r -> conversationId.toString().equals(r.key()));
    }
}
