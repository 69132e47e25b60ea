package no.legekontor.portal.appointment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.UUID;
import no.legekontor.portal.account.AccountViews.Gp;
import no.legekontor.support.input.PlausibleDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A slot in a GP's calendar as the clinic system sends it (upsert by the system's own id). */
@Schema(name = "SlotUpsert")
public record SlotUpsert(
        @Schema(description = "The clinic system's id of the slot", example = "epj-2026-12-03-0820", maxLength = 100)
        @NotBlank @Size(max = 100) String externalId,
        @Schema(description = "HPR number of a GP at the caller's clinic", example = "9100001", maxLength = 9)
        @NotBlank @Size(max = 9) @Pattern(regexp = "[0-9]{1,9}") String gpHpr,
        @Schema(description = "Years 1900-2199", example = "2026-12-03T08:20:00+01:00")
        @NotNull @PlausibleDate OffsetDateTime start,
        @Schema(description = "After start (years 1900-2199)", example = "2026-12-03T08:40:00+01:00")
        @NotNull @PlausibleDate OffsetDateTime end,
        @Schema(description = "Patients may book it online; false keeps it for the phone", example = "true")
        @NotNull Boolean onlineBookable) {

    /** The slot as stored. */
    @Schema(name = "ClinicSlot")
    public record Stored(UUID id, String externalId, Gp gp, OffsetDateTime start, OffsetDateTime end,
            boolean onlineBookable) {
    }
}
