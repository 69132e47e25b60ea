package no.legekontor.portal.appointment;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Whether the patient came to the appointment, as the clinic system records it. */
@Schema(name = "AttendanceRequest")
public record AttendanceRequest(
        @Schema(example = "true") @NotNull Boolean attended) {
}
