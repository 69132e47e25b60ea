package no.legekontor.shared.event;

/** Marker for the records that travel inside an {@link EventEnvelope}. */
public sealed interface EventPayload permits RequestSubmitted, FollowUpSubmitted, AppointmentBooked,
        AppointmentCancelled, RequestReceived, AppointmentNoticeReceived, ReplyPosted, ItemRead, ItemClosed,
        DecisionMade, NotificationRequested, RequestDueSoon, RequestOverdue, ItemsViewed, PractitionerRegistered,
        PractitionerRoleChanged, PractitionerRemoved {
}
