package no.legekontor.portal.account;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;
import no.legekontor.support.time.OsloTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A clinic's request to take a person over (R15), as the person and the requesting clinic see it. */
@Schema(name = "Transfer")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TransferView(
        UUID id,
        @Schema(description = "PENDING until the person (a guardian, for a child under 16) accepts or declines "
                + "it; LAPSED when not answered within 14 days; WITHDRAWN when a newer request replaced it")
        Transfer.Status status,
        @Schema(description = "The clinic the person is a patient of when asked; shown to the person only")
        AccountViews.ClinicView from,
        @Schema(description = "The clinic that asks to take the person over") AccountViews.ClinicView to,
        @Schema(description = "The GP whose list the person moves to") AccountViews.Gp gp,
        OffsetDateTime requestedAt,
        @Schema(description = "Without an answer by then, the request lapses") OffsetDateTime expiresAt,
        OffsetDateTime answeredAt) {

    /** The person's view, as of {@code now}. */
    public static TransferView forPerson(Transfer t, Instant now) {
        return new TransferView(t.id, t.statusAt(now), AccountViews.ClinicView.of(t.fromClinic),
                AccountViews.ClinicView.of(t.toClinic), AccountViews.Gp.of(t.gpHpr), OsloTime.of(t.requestedAt),
                OsloTime.of(t.expiresAt), OsloTime.of(t.answeredAt));
    }

    /** The requesting clinic's view: not where the person is now. */
    public static TransferView forClinic(Transfer t, Instant now) {
        return new TransferView(t.id, t.statusAt(now), null, AccountViews.ClinicView.of(t.toClinic),
                AccountViews.Gp.of(t.gpHpr), OsloTime.of(t.requestedAt), OsloTime.of(t.expiresAt),
                OsloTime.of(t.answeredAt));
    }
}
