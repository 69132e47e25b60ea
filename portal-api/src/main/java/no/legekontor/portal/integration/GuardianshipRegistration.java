package no.legekontor.portal.integration;

import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import java.util.UUID;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Registers a guardian for a child on the caller's clinic's lists (idempotent). */
@Schema(name = "GuardianshipRegistration")
public record GuardianshipRegistration(
        @Schema(description = "The guardian's national id", example = "14838510036", maxLength = 11)
        @NotBlank @Size(max = 11) String guardianNationalId,
        @Schema(description = "The child's national id (under 16)", example = "09851650005", maxLength = 11)
        @NotBlank @Size(max = 11) String childNationalId) {

    /** A registered guardianship: its id ends it with DELETE. */
    @Schema(name = "Guardianship")
    public record Registered(UUID id,
            @Schema(description = "The child's 16th birthday: the guardian's access ends that day")
            LocalDate accessEndsOn) {
    }
}
