package no.legekontor.portal.message;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A message to the clinic's office (practical matters: a certificate, a question about a bill).
 * Free; mostly answered the same day. {@code confirmNotUrgent} must be true (R9).
 */
@Schema(name = "OfficeMessageRequest")
public record OfficeMessageRequest(
        @Schema(example = "Attest til idrettslaget", maxLength = 200)
        @NotBlank @Size(max = 200) String subject,
        @Schema(example = "Hei! Jeg trenger en attest på at jeg kan delta i turlaget. Kan den hentes på fredag?",
                maxLength = 5000)
        @NotBlank @Size(max = 5000) String body,
        @Schema(description = "The patient confirms the matter is not urgent", example = "true")
        Boolean confirmNotUrgent) {
}
