package no.legekontor.portal.integration;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import no.legekontor.portal.account.GeneralPractitioner;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Registers one of the clinic's GPs or office staff (idempotent by HPR number). */
@Schema(name = "PractitionerRegistration")
public record PractitionerRegistration(
        @Schema(description = "HPR number (Helsepersonellregisteret)", example = "9100003", maxLength = 9)
        @NotBlank @Size(max = 9) @Pattern(regexp = HPR_DIGITS) String hprNumber,
        @Schema(example = "Per Lege", maxLength = 200) @NotBlank @Size(max = 200) String name,
        @Schema(description = "GP has a patient list and answers e-consultations; OFFICE answers office messages")
        @NotNull GeneralPractitioner.Role role) {

    /** What an HPR number is: up to 9 digits. */
    static final String HPR_DIGITS = "[0-9]{1,9}";

    /** {@link #HPR_DIGITS}, compiled. */
    static final java.util.regex.Pattern HPR_NUMBER = java.util.regex.Pattern.compile(HPR_DIGITS);
}
