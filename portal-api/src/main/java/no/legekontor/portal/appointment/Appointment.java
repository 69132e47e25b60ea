package no.legekontor.portal.appointment;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A patient's booking of a slot. Rows are inserted with one statement in {@link AppointmentService}
 * (the partial unique index decides races); this entity reads and changes them.
 */
@Entity
public class Appointment extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "slot_id")
    public UUID slotId;

    @Column(name = "patient_id")
    public UUID patientId;

    @Column(name = "booked_by_id")
    public UUID bookedById;

    @Column(name = "clinic_org", columnDefinition = "bpchar")
    public String clinicOrg;

    /** What the patient wrote (health data: never logged); may be null. */
    public String reason;

    @Enumerated(EnumType.STRING)
    public Status status;

    @Column(name = "booked_at")
    public Instant bookedAt;

    @Column(name = "cancelled_at")
    public Instant cancelledAt;

    @Column(name = "cancelled_by_id")
    public UUID cancelledById;

    /** Set by the clinic system after the appointment; null until then. */
    public Boolean attended;

    /** When the clinic's inbox first stored a notice of it. */
    @Column(name = "received_by_clinic_at")
    public Instant receivedByClinicAt;

    /**
     * The patient (or a guardian) cancels. The caller holds the row lock and has checked that the
     * appointment has not started.
     */
    void cancel(UUID byId, Instant at) {
        status = Status.CANCELLED;
        cancelledAt = at;
        cancelledById = byId;
    }

    /** The clinic system records whether the patient came; 409 for a cancelled appointment. */
    void recordAttendance(boolean came) {
        if (status == Status.CANCELLED) {
            throw new AppointmentIsCancelled();
        }
        attended = came;
    }

    /** BOOKED holds the slot; CANCELLED frees it. */
    @Schema(name = "AppointmentStatus")
    public enum Status {
        BOOKED, CANCELLED
    }
}
