package no.legekontor.portal.me;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Contact details and notification settings; sending them confirms the profile (R3). Notifying
 * by SMS needs a mobile number, by e-mail an address.
 */
@Schema(name = "ProfileRequest")
public record ProfileRequest(
        @Schema(description = "Mobile number in international form", example = "+4791234567", maxLength = 16)
        @Size(max = 16) @Pattern(regexp = "\\+[1-9][0-9]{7,14}", message = "{no.legekontor.mobile}") String mobile,
        @Schema(example = "kari@example.no", maxLength = 254)
        @Email @Size(max = 254) String email,
        @NotNull Boolean notifyBySms,
        @NotNull Boolean notifyByEmail) {
}
