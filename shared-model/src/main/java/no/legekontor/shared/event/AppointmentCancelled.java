package no.legekontor.shared.event;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A patient cancelled a booked appointment before it started (R4); the slot is free again. Key: the
 * appointment id, so it follows its booking.
 *
 * @param appointmentId the portal's appointment
 * @param start         when the appointment would have started
 * @param end           when it would have ended
 * @param gpHpr         the GP it was with
 * @param patient       whose appointment it was
 * @param cancelledBy   who cancelled it: the patient, or a guardian
 * @param cancelledAt   when the portal accepted the cancellation
 */
public record AppointmentCancelled(
        UUID appointmentId,
        OffsetDateTime start,
        OffsetDateTime end,
        String gpHpr,
        RequestSubmitted.Person patient,
        RequestSubmitted.Person cancelledBy,
        OffsetDateTime cancelledAt) implements EventPayload {
}
