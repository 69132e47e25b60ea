package no.legekontor.portal.econsultation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A message to the GP (R7). {@code acceptFee} and {@code confirmNotUrgent} must both be true: the
 * patient has seen the fee, and knows that urgent matters are for the phone.
 */
@Schema(name = "EConsultationRequest")
public record EConsultationRequest(
        @Schema(example = "Utslett på armen", maxLength = 200)
        @NotBlank @Size(max = 200) String subject,
        @Schema(example = "Jeg har hatt et kløende utslett på armen i to uker. Hva bør jeg gjøre?", maxLength = 5000)
        @NotBlank @Size(max = 5000) String body,
        @Schema(description = "The patient accepts the quoted fee (GET /e-consultations/fee)", example = "true")
        Boolean acceptFee,
        @Schema(description = "The patient confirms the matter is not urgent", example = "true")
        Boolean confirmNotUrgent) {
}
