package no.legekontor.shared.event;

import java.util.Arrays;
import java.util.Optional;

/**
 * The event types, their wire names and the schema version this code writes and reads. Adding an
 * optional field keeps the version; removing or re-meaning one raises it.
 */
public enum EventType {
    /** A patient request accepted by the portal ({@code portal.requests.v1}). */
    REQUEST_SUBMITTED("RequestSubmitted", 1, RequestSubmitted.class),
    /** The patient wrote again in a conversation ({@code portal.requests.v1}). */
    FOLLOW_UP_SUBMITTED("FollowUpSubmitted", 1, FollowUpSubmitted.class),
    /** A patient booked a slot ({@code portal.requests.v1}, key = appointment id). */
    APPOINTMENT_BOOKED("AppointmentBooked", 1, AppointmentBooked.class),
    /** A patient cancelled an appointment ({@code portal.requests.v1}, key = appointment id). */
    APPOINTMENT_CANCELLED("AppointmentCancelled", 1, AppointmentCancelled.class),
    /** A clinic registered one of its practitioners ({@code portal.requests.v1}, key = {@link PractitionerKey}). */
    PRACTITIONER_REGISTERED("PractitionerRegistered", 1, PractitionerRegistered.class),
    /** A practitioner's role changed ({@code portal.requests.v1}, key = {@link PractitionerKey}). */
    PRACTITIONER_ROLE_CHANGED("PractitionerRoleChanged", 1, PractitionerRoleChanged.class),
    /** A clinic removed one of its practitioners ({@code portal.requests.v1}, key = {@link PractitionerKey}). */
    PRACTITIONER_REMOVED("PractitionerRemoved", 1, PractitionerRemoved.class),
    /** The clinic's inbox has stored the request ({@code inbox.events.v1}). */
    REQUEST_RECEIVED("RequestReceived", 1, RequestReceived.class),
    /** The clinic's inbox has stored an appointment notice ({@code inbox.events.v1}, key = appointment id). */
    APPOINTMENT_NOTICE_RECEIVED("AppointmentNoticeReceived", 1, AppointmentNoticeReceived.class),
    /** Clinic staff answered ({@code inbox.events.v1}). */
    REPLY_POSTED("ReplyPosted", 1, ReplyPosted.class),
    /** Staff opened a conversation's inbox item for the first time ({@code inbox.events.v1}). */
    ITEM_READ("ItemRead", 1, ItemRead.class),
    /** The clinic closed a conversation's inbox item ({@code inbox.events.v1}). */
    ITEM_CLOSED("ItemClosed", 1, ItemClosed.class),
    /** A GP decided a renewal or a sick-leave extension ({@code inbox.events.v1}). */
    DECISION_MADE("DecisionMade", 1, DecisionMade.class),
    /** A notification for the SMS / e-mail gateway ({@code portal.notifications.v1}, key = notification id). */
    NOTIFICATION_REQUESTED("NotificationRequested", 1, NotificationRequested.class),
    /** An open request's deadline is the next business day or sooner ({@code inbox.events.v1}). */
    REQUEST_DUE_SOON("RequestDueSoon", 1, RequestDueSoon.class),
    /** An open request's deadline has passed ({@code inbox.events.v1}). */
    REQUEST_OVERDUE("RequestOverdue", 1, RequestOverdue.class),
    /** Staff opened an inbox item or listed a page of them: the patients' access log ({@code inbox.events.v1}). */
    ITEMS_VIEWED("ItemsViewed", 1, ItemsViewed.class);

    private final String wireName;
    private final int schemaVersion;
    private final Class<? extends EventPayload> payloadType;

    EventType(String wireName, int schemaVersion, Class<? extends EventPayload> payloadType) {
        this.wireName = wireName;
        this.schemaVersion = schemaVersion;
        this.payloadType = payloadType;
    }

    public String wireName() {
        return wireName;
    }

    public int schemaVersion() {
        return schemaVersion;
    }

    public Class<? extends EventPayload> payloadType() {
        return payloadType;
    }

    /** The type of a payload instance. */
    public static EventType of(EventPayload payload) {
        return Arrays.stream(values())
                .filter(t -> t.payloadType == payload.getClass())
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No event type for " + payload.getClass()));
    }

    /** The type with this wire name, if this code knows it. */
    public static Optional<EventType> fromWireName(String wireName) {
        return Arrays.stream(values()).filter(t -> t.wireName.equals(wireName)).findFirst();
    }
}
