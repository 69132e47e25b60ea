package no.legekontor.portal.invoice;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import no.legekontor.portal.account.AccountViews.ClinicView;
import no.legekontor.portal.account.AccountViews.Gp;
import no.legekontor.portal.account.Patient;
import no.legekontor.portal.appointment.AppointmentViews.PatientRef;
import no.legekontor.support.time.OsloTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Invoices as the patient (the receipt) and the clinic system see them (R12). */
public final class InvoiceViews {

    private InvoiceViews() {
    }

    /** The receipt: who invoices what, for when, how much, by when and how to pay it. */
    @Schema(name = "Invoice")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record InvoiceView(
            UUID id,
            @Schema(description = "The invoice number", example = "1001") long number,
            @Schema(description = "The clinic that invoices: name, phone and organisation number") ClinicView clinic,
            Invoice.Service service,
            @Schema(description = "The day of the answer or the appointment (Europe/Oslo)") LocalDate serviceDate,
            @Schema(description = "The GP who answered or saw the patient") Gp gp,
            @Schema(example = "224") int amountNok,
            @Schema(description = "No co-payment applies (child under 16): 0 NOK") boolean exempt,
            OffsetDateTime issuedAt,
            @Schema(description = "Pay by this day: 14 days after issue") LocalDate dueOn,
            @Schema(description = "Payment reference (KID) with a MOD10 check digit", example = "0000010017")
            String kid,
            Invoice.Status status,
            @Schema(description = "When the clinic had the money; absent while UNPAID") OffsetDateTime paidAt,
            @Schema(description = "E_CONSULTATION: the answered conversation") UUID conversationId,
            @Schema(description = "CONSULTATION: the attended appointment") UUID appointmentId) {

        static InvoiceView of(Invoice i) {
            return new InvoiceView(i.id, i.number, ClinicView.of(i.clinicOrg), i.service, i.serviceDate,
                    i.gpHpr == null ? null : Gp.of(i.gpHpr), i.amountNok, i.exempt, OsloTime.of(i.issuedAt), i.dueOn,
                    i.kid, i.status, OsloTime.of(i.paidAt), i.conversationId, i.appointmentId);
        }
    }

    /** An invoice as the clinic system sees it, with the patient. */
    @Schema(name = "ClinicInvoice")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ClinicInvoice(
            UUID id,
            @Schema(example = "1001") long number,
            @Schema(example = "0000010017") String kid,
            PatientRef patient,
            Invoice.Service service,
            LocalDate serviceDate,
            Gp gp,
            @Schema(example = "224") int amountNok,
            boolean exempt,
            OffsetDateTime issuedAt,
            LocalDate dueOn,
            Invoice.Status status,
            @Schema(description = "When it was marked paid; absent while UNPAID") OffsetDateTime paidAt,
            UUID conversationId,
            UUID appointmentId) {

        static ClinicInvoice of(Invoice i, Patient p) {
            return new ClinicInvoice(i.id, i.number, i.kid, PatientRef.of(p), i.service, i.serviceDate,
                    i.gpHpr == null ? null : Gp.of(i.gpHpr), i.amountNok, i.exempt, OsloTime.of(i.issuedAt), i.dueOn,
                    i.status, OsloTime.of(i.paidAt), i.conversationId, i.appointmentId);
        }
    }
}
