package no.legekontor.portal.records;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import no.legekontor.support.input.PlausibleDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A vaccination from the clinic's record system (upsert by externalId). */
@Schema(name = "VaccinationRecord")
public record VaccinationRecord(
        @Schema(description = "The clinic system's own id of the vaccination", example = "epj-vax-2001", maxLength = 100)
        @NotBlank @Size(max = 100) String externalId,
        @Schema(description = "The patient's national id; the patient must be on the clinic's lists",
                example = "14838510036", maxLength = 11)
        @NotBlank @Size(max = 11) String nationalId,
        @Schema(example = "Influensavaksine 2026/27", maxLength = 200) @NotBlank @Size(max = 200) String vaccine,
        @Schema(description = "Day given (years 1900-2199)", example = "2026-10-15")
        @NotNull @PlausibleDate LocalDate givenOn,
        @Schema(description = "Who gave it", example = "Anne Dahl, Demo Legesenter", maxLength = 200)
        @NotBlank @Size(max = 200) String givenBy) {

    /** The vaccination as stored. */
    @Schema(name = "StoredVaccination")
    public record Stored(UUID id, String externalId, String nationalId, String vaccine, LocalDate givenOn,
            String givenBy) {
    }
}
