package no.legekontor.inbox.decision;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import no.legekontor.shared.event.DecisionMade;
import no.legekontor.support.input.PlausibleDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A GP's decision on a renewal or a sick-leave extension (R14). */
@Schema(name = "DecisionRequest")
public record DecisionRequest(
        @Schema(example = "APPROVED", required = true) @NotNull DecisionMade.Outcome outcome,
        @Schema(description = "Required for REJECTED; shown to the patient",
                example = "Vi må se deg før resepten fornyes. Bestill en time.", maxLength = 2000)
        @Size(max = 2000) String reason,
        @Schema(description = "Approved renewals only: the new prescription's last valid day; one year after the "
                + "decision date when absent. Not before the decision date (years 1900-2199).", example = "2027-06-30")
        @PlausibleDate LocalDate validUntil) {
}
