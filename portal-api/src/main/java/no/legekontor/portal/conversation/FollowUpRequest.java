package no.legekontor.portal.conversation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The patient writes again in an existing conversation (R13). */
@Schema(name = "FollowUpRequest")
public record FollowUpRequest(
        @Schema(example = "Takk! Utslettet er ikke borte etter en uke med kremen. Hva gjør jeg nå?", maxLength = 5000)
        @NotBlank @Size(max = 5000) String body) {
}
