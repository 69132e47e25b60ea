package no.legekontor.portal.records;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import no.legekontor.support.input.PlausibleDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A prescription from the clinic's record system (upsert by externalId). */
@Schema(name = "PrescriptionRecord")
public record PrescriptionRecord(
        @Schema(description = "The clinic system's own id of the prescription", example = "epj-rx-1001", maxLength = 100)
        @NotBlank @Size(max = 100) String externalId,
        @Schema(description = "The patient's national id; the patient must be on the clinic's lists",
                example = "14838510036", maxLength = 11)
        @NotBlank @Size(max = 11) String nationalId,
        @Schema(example = "Levaxin 50 mikrog tablett", maxLength = 200) @NotBlank @Size(max = 200) String medication,
        @Schema(example = "1 tablett om morgenen", maxLength = 500) @NotBlank @Size(max = 500) String dosage,
        @Schema(description = "Day of issue (years 1900-2199)", example = "2026-03-01")
        @NotNull @PlausibleDate LocalDate issuedOn,
        @Schema(description = "Last valid day; not before issuedOn (years 1900-2199)", example = "2027-03-01")
        @NotNull @PlausibleDate LocalDate validUntil,
        @Schema(description = "HPR number of the prescribing GP", example = "9100001", maxLength = 9)
        @NotBlank @Size(max = 9) @Pattern(regexp = "[0-9]{1,9}") String prescriberHpr) {

    /** The prescription as stored. */
    @Schema(name = "StoredPrescription")
    public record Stored(UUID id, String externalId, String nationalId, String medication, String dosage,
            LocalDate issuedOn, LocalDate validUntil, String prescriberHpr) {
    }
}
