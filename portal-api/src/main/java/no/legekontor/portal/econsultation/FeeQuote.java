package no.legekontor.portal.econsultation;

import no.legekontor.portal.account.AccountViews;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What an e-consultation costs this patient: the clinic's consultation fee, or nothing for a child
 * under 16 (no co-payment at the GP).
 */
@Schema(name = "FeeQuote")
public record FeeQuote(
        @Schema(example = "224") int amountNok,
        @Schema(description = "No co-payment applies (child under 16)") boolean exempt,
        AccountViews.ClinicView clinic) {
}
