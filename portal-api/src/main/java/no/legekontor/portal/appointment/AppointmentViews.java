package no.legekontor.portal.appointment;

import java.time.OffsetDateTime;
import java.util.UUID;
import no.legekontor.portal.account.AccountViews.Gp;
import no.legekontor.portal.account.Patient;
import no.legekontor.support.time.OsloTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Slots and appointments as the apps and the clinic systems see them (wire names of the OpenAPI document). */
public final class AppointmentViews {

    private AppointmentViews() {
    }

    /** A free slot the patient may book. */
    @Schema(name = "FreeSlot")
    public record FreeSlot(UUID id, OffsetDateTime start, OffsetDateTime end, Gp gp) {

        static FreeSlot of(Slot s, Gp gp) {
            return new FreeSlot(s.id, OsloTime.of(s.startsAt), OsloTime.of(s.endsAt), gp);
        }
    }

    /** The patient's appointment. */
    @Schema(name = "Appointment")
    public record PatientAppointment(UUID id, OffsetDateTime start, OffsetDateTime end, Gp gp,
            Appointment.Status status,
            @Schema(description = "What the patient wrote; absent when nothing") String reason,
            @Schema(description = "Set by the clinic after the appointment; absent until then") Boolean attended,
            OffsetDateTime bookedAt, OffsetDateTime cancelledAt,
            @Schema(description = "When the clinic's inbox first got a notice of it (booking or cancellation)")
            OffsetDateTime receivedByClinicAt) {

        static PatientAppointment of(Appointment a, Slot s) {
            return new PatientAppointment(a.id, OsloTime.of(s.startsAt), OsloTime.of(s.endsAt), Gp.of(s.gpHpr),
                    a.status, a.reason, a.attended, OsloTime.of(a.bookedAt), OsloTime.of(a.cancelledAt),
                    OsloTime.of(a.receivedByClinicAt));
        }
    }

    /** A patient as the clinic system sees them (on appointments and invoices). */
    @Schema(name = "AppointmentPatient")
    public record PatientRef(@Schema(example = "14838510036") String nationalId,
            @Schema(example = "Kari Nordmann") String name) {

        public static PatientRef of(Patient p) {
            return new PatientRef(p.nationalId, p.name);
        }
    }

    /** A booking or cancellation, as the clinic system sees it. */
    @Schema(name = "ClinicAppointment")
    public record ClinicAppointment(UUID id, UUID slotId,
            @Schema(description = "The clinic system's id of the slot") String slotExternalId,
            OffsetDateTime start, OffsetDateTime end, Gp gp, PatientRef patient, Appointment.Status status,
            String reason, Boolean attended, OffsetDateTime bookedAt, OffsetDateTime cancelledAt) {

        static ClinicAppointment of(Appointment a, Slot s, Patient p) {
            return new ClinicAppointment(a.id, s.id, s.externalId, OsloTime.of(s.startsAt), OsloTime.of(s.endsAt),
                    Gp.of(s.gpHpr), PatientRef.of(p), a.status, a.reason, a.attended, OsloTime.of(a.bookedAt),
                    OsloTime.of(a.cancelledAt));
        }
    }
}
