package no.legekontor.inbox.item;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.util.UUID;
import no.legekontor.shared.event.RequestSubmitted;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What the clinic needs to act on an item besides its text: the prescription to renew, the sick
 * note to extend, or the appointment booked or cancelled. Stored as JSON with the item; at most one
 * is present.
 */
@Schema(name = "InboxItemDetails")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ItemDetails(
        RequestSubmitted.Prescription prescription,
        RequestSubmitted.SickNote sickNote,
        Appointment appointment) {

    public static ItemDetails of(RequestSubmitted.Prescription prescription) {
        return new ItemDetails(prescription, null, null);
    }

    public static ItemDetails of(RequestSubmitted.SickNote sickNote) {
        return new ItemDetails(null, sickNote, null);
    }

    public static ItemDetails of(Appointment appointment) {
        return new ItemDetails(null, null, appointment);
    }

    /**
     * A booked or cancelled appointment.
     *
     * @param id     the portal's appointment id
     * @param change BOOKED or CANCELLED
     */
    @Schema(name = "InboxAppointment")
    public record Appointment(UUID id, Change change, OffsetDateTime start, OffsetDateTime end, String gpHpr) {
    }

    /** What happened to the appointment. */
    public enum Change {
        BOOKED, CANCELLED
    }
}
