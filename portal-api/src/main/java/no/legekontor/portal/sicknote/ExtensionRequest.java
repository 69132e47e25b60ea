package no.legekontor.portal.sicknote;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import no.legekontor.support.input.PlausibleDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Asks the GP to extend an existing sick note to a later day (R10). */
@Schema(name = "SickLeaveExtensionRequest")
public record ExtensionRequest(
        @Schema(description = "A sick note from GET /sick-notes", example = "00000000-0000-4000-b000-000000000001")
        @NotNull UUID sickNoteId,
        @Schema(description = "The new last day of sick leave; after the note's toDate (years 1900-2199)",
                example = "2026-12-18")
        @NotNull @PlausibleDate LocalDate requestedUntil,
        @Schema(description = "How it is going, and why more time is needed", maxLength = 2000,
                example = "Ryggen er bedre, men jeg klarer ikke å sitte en hel arbeidsdag ennå.")
        @Size(max = 2000) String comment) {
}
