package no.legekontor.portal.deadline;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import no.legekontor.portal.security.PatientAccess;
import no.legekontor.support.input.PlausibleDates;
import no.legekontor.support.problem.InvalidInput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/reply-deadline")
@Tag(name = "Reply deadline", description = "When the clinic answers at the latest (5 business days)")
@Authenticated
@PatientAccess(PatientAccess.Kind.ACCOUNT)
@Produces(MediaType.APPLICATION_JSON)
public class ReplyDeadlineResource {

    @Inject
    ReplyDeadlines deadlines;

    @GET
    @Operation(operationId = "getReplyDeadline",
            summary = "When a request received at a given moment will be answered at the latest",
            description = "23:59:59 Europe/Oslo on the 5th business day after the day of receipt, so apps can "
                    + "show \"answer by\" before sending.")
    @APIResponse(responseCode = "200", description = "The deadline")
    @APIResponse(responseCode = "400",
            description = "`validation-failed`: receivedAt missing, not an ISO-8601 instant with offset, or "
                    + "outside the years 1900-2199")
    @APIResponse(responseCode = "401", description = "`unauthorized`: no valid bearer token")
    @APIResponse(responseCode = "403", description = PatientAccess.FORBIDDEN_ACCOUNT)
    public ReplyDeadline get(
            @Parameter(description = "ISO-8601 instant with offset, e.g. 2026-12-05T10:15:00+01:00, in the years "
                    + "1900-2199", required = true,
                    example = "2026-12-05T10:15:00+01:00")
            @QueryParam("receivedAt") String receivedAt) {
        OffsetDateTime received = parse(receivedAt);
        return new ReplyDeadline(received, deadlines.dueBy(received.toInstant()));
    }

    private static OffsetDateTime parse(String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInput("receivedAt", "required");
        }
        try {
            return PlausibleDates.require("receivedAt", OffsetDateTime.parse(value.trim().replace(' ', '+')));
        } catch (DateTimeParseException e) {
            throw new InvalidInput("receivedAt", "instant-with-offset");
        }
    }

    /** A request received at {@code receivedAt} is answered by {@code replyDueBy}. */
    public record ReplyDeadline(OffsetDateTime receivedAt, OffsetDateTime replyDueBy) {
    }
}
