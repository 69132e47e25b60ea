package no.legekontor.portal.appointment;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A patient books one of the free slots of their GP (R4). Not for urgent matters: call. */
@Schema(name = "BookingRequest")
public record BookingRequest(
        @Schema(description = "A slot from GET /appointments/slots", example = "3f2b9c1e-8d4a-4f7e-9a51-0c6d2e7b8a10")
        @NotNull UUID slotId,
        @Schema(description = "What the appointment is about, for the GP (optional)", example = "Kontroll av blodtrykk",
                maxLength = 500)
        @Size(max = 500) String reason,
        @Schema(description = "true asks for an urgent appointment, which is refused: urgent matters are for the phone",
                example = "false")
        Boolean urgent) {
}
