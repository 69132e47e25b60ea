package no.legekontor.portal.me;

import jakarta.validation.constraints.NotNull;
import no.legekontor.portal.account.Patient;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The access level the patient chooses (R2); FULL needs {@code consent: true}. */
@Schema(name = "AccessLevelRequest")
public record AccessLevelRequest(
        @Schema(example = "FULL") @NotNull Patient.AccessLevel level,
        @Schema(description = "The patient consents to the terms of full access", example = "true") Boolean consent) {
}
