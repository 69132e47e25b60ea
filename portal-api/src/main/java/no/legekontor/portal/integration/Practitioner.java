package no.legekontor.portal.integration;

import no.legekontor.portal.account.GeneralPractitioner;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A GP or office staff member of the clinic, as the clinic system registered them. */
@Schema(name = "Practitioner")
public record Practitioner(
        @Schema(example = "9100001") String hprNumber,
        @Schema(example = "Lise Berg") String name,
        GeneralPractitioner.Role role) {
}
