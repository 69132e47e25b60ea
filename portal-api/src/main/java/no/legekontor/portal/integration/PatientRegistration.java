package no.legekontor.portal.integration;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import no.legekontor.portal.account.AccountViews;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Puts a person on a GP's list at the caller's clinic (upsert by national id; R15 for other clinics' patients). */
@Schema(name = "PatientRegistration")
public record PatientRegistration(
        @Schema(description = "11-digit national id or D-number", example = "14838510036", maxLength = 11)
        @NotBlank @Size(max = 11) String nationalId,
        @Schema(example = "Kari Nordmann", maxLength = 200) @NotBlank @Size(max = 200) String name,
        @Schema(description = "HPR number of a GP at the caller's clinic", example = "9100001", maxLength = 9)
        @NotBlank @Size(max = 9) @Pattern(regexp = "[0-9]{1,9}") String gpHpr,
        @Schema(description = "Ask to take over a patient registered at another clinic (R15): answered 202 with a "
                + "request that moves the person once they (a guardian, for a child under 16) accept it in the portal; "
                + "without it such a registration is 409 registered-elsewhere", example = "false")
        Boolean transfer) {

    /** What the clinic system gets back. */
    @Schema(name = "RegisteredPatient")
    public record Registered(UUID id, String name, AccountViews.Gp gp, AccountViews.ClinicView clinic) {
    }
}
