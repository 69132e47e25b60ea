package no.legekontor.portal.prescription;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Asks the GP to renew a prescription the clinic issued earlier (R5). */
@Schema(name = "PrescriptionRenewalRequest")
public record RenewalRequest(
        @Schema(description = "A prescription from GET /prescriptions", example = "00000000-0000-4000-a000-000000000001")
        @NotNull UUID prescriptionId,
        @Schema(description = "Anything the GP should know", example = "Tar fortsatt én tablett om morgenen.",
                maxLength = 2000)
        @Size(max = 2000) String comment) {
}
