package no.legekontor.shared.event;

/**
 * Kafka topic and header names both services rely on. A topic name carries its major version: a
 * change that old consumers cannot read gets a new topic, not a surprise.
 */
public final class Topics {

    /**
     * Patient requests on their way from portal-api to the clinic's inbox; key = conversation id
     * (requests, follow-ups) or appointment id (bookings, cancellations); and the clinics'
     * practitioners, whom the inbox admits (key = {@link PractitionerKey}).
     */
    public static final String PORTAL_REQUESTS = "portal.requests.v1";

    /**
     * What the clinic did with a request (received, replied, decided); key = conversation or appointment id
     * ({@link ItemsViewed}: its own event id).
     */
    public static final String INBOX_EVENTS = "inbox.events.v1";

    /**
     * Notifications to patients and guardians, for the SMS / e-mail gateway ({@link NotificationRequested});
     * key = notification id, so both channels of one notification share a partition.
     */
    public static final String PORTAL_NOTIFICATIONS = "portal.notifications.v1";

    /** Header carrying the envelope's event id, so a consumer can deduplicate before parsing. */
    public static final String HEADER_EVENT_ID = "event-id";

    /** Header carrying the envelope's event type. */
    public static final String HEADER_EVENT_TYPE = "event-type";

    /**
     * Header carrying the W3C trace context ({@code 00-<trace id>-<span id>-<flags>}) of the request
     * that wrote the event, so that the consumer's work belongs to the same trace. Absent on events
     * written outside any trace.
     */
    public static final String HEADER_TRACEPARENT = "traceparent";

    private Topics() {
    }
}
