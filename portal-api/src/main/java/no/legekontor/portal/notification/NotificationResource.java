package no.legekontor.portal.notification;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import no.legekontor.portal.audit.Audited;
import no.legekontor.portal.audit.AuditedResource;
import no.legekontor.portal.security.PatientAccess;
import no.legekontor.portal.security.PatientCaller;
import no.legekontor.support.paging.Page;
import no.legekontor.support.paging.PageRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** R13: what the person was notified of by SMS and e-mail, also when nothing could be sent. */
@Path("/api/v1/notifications")
@Tag(name = "Notifications", description = "What the person was notified of: replies, decisions, invoices, "
        + "bookings and cancellations, and a guardian's access that ends soon (R13)")
@Authenticated
@PatientAccess
@Produces(MediaType.APPLICATION_JSON)
public class NotificationResource {

    @Inject
    PatientCaller caller;

    @Inject
    Notifications notifications;

    @GET
    @Audited(AuditedResource.NOTIFICATION)
    @Operation(operationId = "listNotifications", summary = "The notifications addressed to the person, newest first",
            description = "A guardian's own list holds what was sent to the guardian, also about the children; with "
                    + "On-Behalf-Of, only those about that child.")
    @APIResponse(responseCode = "200", description = "A page of notifications (items, total)")
    @APIResponse(responseCode = "400", description = "`validation-failed`: page or size out of range, "
            + "or On-Behalf-Of not a national id")
    @APIResponse(responseCode = "401", description = "`unauthorized`: no valid bearer token")
    @APIResponse(responseCode = "403", description = PatientAccess.FORBIDDEN_READ)
    public Page<NotificationView> list(@BeanParam @Valid PageRequest paging) {
        boolean forChild = !caller.subject().id.equals(caller.self().id);
        return notifications.list(caller.self().id, forChild ? caller.subject().id : null, paging);
    }
}
