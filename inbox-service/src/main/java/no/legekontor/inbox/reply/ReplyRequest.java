package no.legekontor.inbox.reply;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An answer to a patient's request. */
@Schema(name = "ReplyRequest")
public record ReplyRequest(
        @Schema(example = "Hei! Dette høres ut som eksem. Smør med en fuktighetskrem morgen og kveld.", maxLength = 10000)
        @NotBlank @Size(max = 10000) String body) {
}
