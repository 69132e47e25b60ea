package no.legekontor.portal.audit;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import no.legekontor.portal.security.PatientAccess;
import no.legekontor.portal.security.PatientCaller;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * "Who has seen my data": the person's access log. Read only: the log has no endpoint that
 * changes it, and the database refuses updates and deletes. Reading the log is not itself logged.
 */
@Path("/api/v1/audit-log")
@Tag(name = "Access log", description = "Who has read or changed the person's data, and when: the person, a "
        + "guardian, the clinic's staff and the clinic's record system")
@Authenticated
@PatientAccess
@Produces(MediaType.APPLICATION_JSON)
public class AuditLogResource {

    @Inject
    PatientCaller caller;

    @Inject
    AuditTrail trail;

    @GET
    @Operation(operationId = "listAuditLog", summary = "Who has read or changed the person's data, newest first",
            description = "Every read and change of the person's data: by the person, by a guardian for a child, "
                    + "by clinic staff in the inbox (opening a request, or seeing it in the inbox list) and by the "
                    + "clinic's record system. With On-Behalf-Of, the child's log. Identical views within 10 minutes "
                    + "are one entry with a count. Paged by position: pass a page's `next` as `after` for the next.")
    @APIResponse(responseCode = "200", description = "A page of entries (items, total, page, size) and `next`, "
            + "the `after` of the page after it")
    @APIResponse(responseCode = "400", description = "`validation-failed`: size out of range, after not a `next` "
            + "of this log, or On-Behalf-Of not a national id")
    @APIResponse(responseCode = "401", description = "`unauthorized`: no valid bearer token")
    @APIResponse(responseCode = "403", description = PatientAccess.FORBIDDEN_READ)
    public LogPage list(@BeanParam @Valid LogPageRequest paging) {
        return trail.of(caller.subject(), paging);
    }
}
