package no.legekontor.portal.invoice;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A receipt and invoice for a visit (R12): one per answered e-consultation, one per attended
 * appointment. Rows are inserted with one statement in {@link InvoiceService} (the unique source
 * columns decide duplicates); this entity reads them and marks them paid.
 */
@Entity
public class Invoice extends PanacheEntityBase {

    @Id
    public UUID id;

    /** The invoice number; the KID is made from it. */
    public long number;

    /** The payment reference, with its MOD10 check digit. */
    public String kid;

    @Column(name = "patient_id")
    public UUID patientId;

    @Column(name = "clinic_org", columnDefinition = "bpchar")
    public String clinicOrg;

    @Enumerated(EnumType.STRING)
    public Service service;

    /** E-consultations: the conversation answered. */
    @Column(name = "conversation_id")
    public UUID conversationId;

    /** Consultations: the appointment attended. */
    @Column(name = "appointment_id")
    public UUID appointmentId;

    /** The GP who answered or saw the patient. */
    @Column(name = "gp_hpr")
    public String gpHpr;

    @Column(name = "service_date")
    public LocalDate serviceDate;

    @Column(name = "amount_nok")
    public int amountNok;

    /** No co-payment (a child under 16): 0 NOK. */
    public boolean exempt;

    @Column(name = "issued_at")
    public Instant issuedAt;

    @Column(name = "due_on")
    public LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    public Status status;

    @Column(name = "paid_at")
    public Instant paidAt;

    /** The clinic system marks it paid; false (and no change) when it was paid already. */
    public boolean markPaid(Instant at) {
        if (status == Status.PAID) {
            return false;
        }
        status = Status.PAID;
        paidAt = at;
        return true;
    }

    /** What the patient is invoiced for. */
    @Schema(name = "InvoicedService")
    public enum Service {
        /** An e-consultation answered by a GP (R7). */
        E_CONSULTATION,
        /** An appointment with the GP that the patient attended. */
        CONSULTATION
    }

    /** Whether the clinic has had the money; a 0 NOK invoice is PAID from the start. */
    @Schema(name = "InvoiceStatus")
    public enum Status {
        UNPAID, PAID
    }
}
