package no.legekontor.inbox.stats;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import no.legekontor.inbox.item.InboxResource;
import no.legekontor.inbox.security.StaffAccess;
import no.legekontor.inbox.security.StaffCaller;
import no.legekontor.shared.event.StaffRole;
import no.legekontor.support.input.PlausibleDates;
import no.legekontor.support.problem.InvalidInput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/inbox/stats")
@Tag(name = "Inbox")
@RolesAllowed({StaffRole.GP, StaffRole.OFFICE})
@StaffAccess
@Produces(MediaType.APPLICATION_JSON)
public class StatsResource {

    @Inject
    StaffCaller caller;

    @Inject
    StatsService stats;

    @GET
    @Operation(operationId = "getInboxStats", summary = "How the clinic keeps its 5-business-day promise",
            description = "Open, due today and overdue now; answered in the period, the share answered by the "
                    + "deadline and the median time to answer; for the clinic and per GP.")
    @APIResponse(responseCode = "200", description = "The figures")
    @APIResponse(responseCode = "400", description = "`validation-failed`: from after to, a period over a year, "
            + "or a date that is not yyyy-mm-dd in the years 1900-2199")
    @APIResponse(responseCode = "401", description = InboxResource.UNAUTHORIZED)
    @APIResponse(responseCode = "403", description = InboxResource.FORBIDDEN)
    public InboxStats stats(
            @QueryParam("from") @Parameter(description = "First day (Oslo), yyyy-mm-dd; default 29 days before to",
                    example = "2026-11-01") String from,
            @QueryParam("to") @Parameter(description = "Last day (Oslo), yyyy-mm-dd; default today",
                    example = "2026-11-30") String to) {
        return stats.stats(caller.get(), date("from", from), date("to", to));
    }

    /** Parsed here so that a malformed date is 400 with its field, not the framework's 404. */
    private static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return PlausibleDates.require(field, LocalDate.parse(value.strip()));
        } catch (DateTimeParseException e) {
            throw new InvalidInput(field, "date");
        }
    }
}
