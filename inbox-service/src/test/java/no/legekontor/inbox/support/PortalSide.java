package no.legekontor.inbox.support;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import no.legekontor.devtools.Demo;
import no.legekontor.devtools.KafkaBrokerResource;
import no.legekontor.devtools.TopicClient;
import no.legekontor.shared.calendar.BusinessCalendar;
import no.legekontor.shared.event.AppointmentBooked;
import no.legekontor.shared.event.AppointmentCancelled;
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

    /** Kari asks Lise Berg to renew a prescription. */
    public static RequestSubmitted renewal() {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.ofHours(1)).truncatedTo(ChronoUnit.SECONDS);
        java.time.LocalDate today = now.toLocalDate();
        return new RequestSubmitted(UUID.randomUUID(), RequestType.PRESCRIPTION_RENEWAL, "Fornyelse",
                "Tekst fra pasienten.", now, now.plusDays(7), false, KARI, KARI, Demo.LISE_BERG_HPR, null, null,
                new RequestSubmitted.Prescription(UUID.randomUUID(), "Levaxin 50 mikrog tablett", "1 tablett",
                        today.minusYears(1), today.plusDays(10), Demo.LISE_BERG_HPR), null);
    }

    /** Kari books a slot with Lise Berg 30 days ahead at 08:20 Oslo time. */
    public static AppointmentBooked booking(String reason) {
        OffsetDateTime start = java.time.LocalDate.now(BusinessCalendar.OSLO).plusDays(30).atTime(8, 20)
                .atZone(BusinessCalendar.OSLO).toOffsetDateTime();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.ofHours(1)).truncatedTo(ChronoUnit.SECONDS);
        return new AppointmentBooked(UUID.randomUUID(), UUID.randomUUID(), start, start.plusMinutes(20),
                Demo.LISE_BERG_HPR, reason, KARI, KARI, now);
    }

    /** Publishes the booking, keyed by its appointment, and returns the envelope. */
    public EventEnvelope book(AppointmentBooked booking) {
        EventEnvelope event = EventEnvelope.of(booking, Demo.DEMO_CLINIC, booking.appointmentId(), booking.bookedAt());
        publish(event);
        return event;
    }

    /** Publishes the cancellation of a booking, keyed by its appointment. */
    public EventEnvelope cancel(AppointmentBooked booking) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.ofHours(1)).truncatedTo(ChronoUnit.SECONDS);
        EventEnvelope event = EventEnvelope.of(new AppointmentCancelled(booking.appointmentId(), booking.start(),
                booking.end(), booking.gpHpr(), booking.patient(), booking.bookedBy(), now), Demo.DEMO_CLINIC,
                booking.appointmentId(), now);
        publish(event);
        return event;
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

    /** Publishes the event as the portal's relay does for a request made in the given trace. */
    public void publish(EventEnvelope event, String traceparent) {
        topics.publish(Topics.PORTAL_REQUESTS, event.aggregateId().toString(), codec.encodeToString(event),
                Map.of(Topics.HEADER_EVENT_ID, event.id().toString(), Topics.HEADER_EVENT_TYPE, event.type(),
                        Topics.HEADER_TRACEPARENT, traceparent));
    }

    /** The inbox events published for a conversation (or appointment), once {@code count} of them have arrived. */
    public List<TopicClient.Received> inboxEvents(UUID conversationId, int count) {
        return topics.readUntil(Topics.INBOX_EVENTS, r -> conversationId.toString().equals(r.key()),
                found -> found.size() >= count, Duration.ofSeconds(30));
    }

    /** The inbox events that match, once {@code count} of them have arrived. */
    public List<TopicClient.Received> inboxEvents(Predicate<TopicClient.Received> filter, int count) {
        return topics.readUntil(Topics.INBOX_EVENTS, filter, found -> found.size() >= count, Duration.ofSeconds(30));
    }

    /** Every inbox event published so far for a conversation. */
    public List<TopicClient.Received> allInboxEvents(UUID conversationId) {
        return topics.readAll(Topics.INBOX_EVENTS, r -> conversationId.toString().equals(r.key()));
    }
}
