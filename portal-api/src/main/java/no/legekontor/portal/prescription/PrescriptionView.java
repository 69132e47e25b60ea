package no.legekontor.portal.prescription;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.UUID;
import no.legekontor.portal.account.AccountViews.Gp;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A prescription as the patient sees it: ACTIVE through {@code validUntil} (Oslo date), then
 * EXPIRED; {@code renewalConversationId} names the open renewal request, if there is one.
 */
@Schema(name = "Prescription")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PrescriptionView(
        UUID id,
        @Schema(example = "Levaxin 50 mikrog tablett") String medication,
        @Schema(example = "1 tablett om morgenen") String dosage,
        LocalDate issuedOn,
        LocalDate validUntil,
        Status status,
        @Schema(description = "The GP who issued it; the name when the GP is one of ours") Gp prescriber,
        @Schema(description = "A renewal has been asked for and not yet answered") boolean renewalOpen,
        @Schema(description = "The open renewal's conversation") UUID renewalConversationId) {

    /** Whether the prescription can still be used at the pharmacy. */
    public enum Status {
        ACTIVE, EXPIRED
    }

    static PrescriptionView of(Prescription p, LocalDate today, UUID openRenewal) {
        return new PrescriptionView(p.id, p.medication, p.dosage, p.issuedOn, p.validUntil,
                p.activeOn(today) ? Status.ACTIVE : Status.EXPIRED,
                Gp.of(p.prescriberHpr), openRenewal != null, openRenewal);
    }
}
