package no.legekontor.portal.records;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import no.legekontor.support.input.PlausibleDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A sick note from the clinic's record system (upsert by externalId). */
@Schema(name = "SickNoteRecord")
public record SickNoteRecord(
        @Schema(description = "The clinic system's own id of the sick note", example = "epj-sm-3001", maxLength = 100)
        @NotBlank @Size(max = 100) String externalId,
        @Schema(description = "The patient's national id; the patient must be on the clinic's lists",
                example = "14838510036", maxLength = 11)
        @NotBlank @Size(max = 11) String nationalId,
        @Schema(description = "First day of sick leave (years 1900-2199)", example = "2026-11-16")
        @NotNull @PlausibleDate LocalDate fromDate,
        @Schema(description = "Last day of sick leave; not before fromDate (years 1900-2199)", example = "2026-12-04")
        @NotNull @PlausibleDate LocalDate toDate,
        @Schema(example = "100", minimum = "1", maximum = "100") @NotNull @Min(1) @Max(100) Integer gradePercent) {

    /** The sick note as stored. */
    @Schema(name = "StoredSickNote")
    public record Stored(UUID id, String externalId, String nationalId, LocalDate fromDate, LocalDate toDate,
            int gradePercent) {
    }
}
