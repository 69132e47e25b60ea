package no.legekontor.portal.conversation;

import java.time.Instant;
import java.util.UUID;

/**
 * The clinic's inbox has the patient's booking or cancellation of an appointment: fired (a CDI
 * event) by {@link InboxEventHandler} in the transaction that records the inbox event as handled.
 */
public record AppointmentNoticed(UUID appointmentId, Instant receivedAt) {
}
