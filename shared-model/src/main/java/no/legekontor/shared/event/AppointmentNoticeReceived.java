package no.legekontor.shared.event;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The clinic's inbox has stored a booking or cancellation as an appointment notice; the patient's
 * appointment shows that the clinic has it.
 *
 * @param appointmentId the portal's appointment
 * @param inboxItemId   the notice in the clinic's inbox
 * @param receivedAt    when the inbox stored it
 */
public record AppointmentNoticeReceived(
        UUID appointmentId,
        UUID inboxItemId,
        OffsetDateTime receivedAt) implements EventPayload {
}
