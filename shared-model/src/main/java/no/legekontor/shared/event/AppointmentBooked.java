package no.legekontor.shared.event;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A patient booked one of the GP's free slots online (R4); the office sees it as an appointment
 * notice. Key: the appointment id.
 *
 * @param appointmentId the portal's appointment
 * @param slotId        the slot booked
 * @param start         when the appointment starts
 * @param end           when it ends
 * @param gpHpr         the GP the appointment is with
 * @param reason        what the patient wrote as the reason (health data: never logged); may be empty
 * @param patient       whose appointment it is
 * @param bookedBy      who booked it: the patient, or a guardian
 * @param bookedAt      when the portal accepted the booking
 */
public record AppointmentBooked(
        UUID appointmentId,
        UUID slotId,
        OffsetDateTime start,
        OffsetDateTime end,
        String gpHpr,
        String reason,
        RequestSubmitted.Person patient,
        RequestSubmitted.Person bookedBy,
        OffsetDateTime bookedAt) implements EventPayload {
}
