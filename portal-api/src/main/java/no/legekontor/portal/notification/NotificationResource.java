package no.legekontor.portal.notification;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import java.util.UUID;
import no.legekontor.portal.audit.Audited;
import no.legekontor.portal.audit.AuditedResource;
import no.legekontor.portal.security.PatientAccess;
import no.legekontor.portal.security.PatientCaller;
import no.legekontor.support.paging.Page;
import no.legekontor.support.paging.PageRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** R13: what the person was notified of by SMS and e-mail, also when nothing could be sent. */
@Path("/api/v1/notifications")
@Tag(name = "Notifications", description = "What the person was notified of: replies, decisions, invoices, "
        + "bookings and cancellations, and a guardian's access that ends soon (R13)")
@Authenticated
@PatientAccess
@Produces(MediaType.APPLICATION_JSON)
public class NotificationResource {

    /** The person's own data: no shared cache keeps it, and a client asks before using its copy. */
    static final CacheControl PRIVATE = CacheControl.valueOf("private, no-cache");

    @Inject
    PatientCaller caller;

    @Inject
    NotificationReads reads;

    @GET
    @Audited(AuditedResource.NOTIFICATION)
    @Operation(operationId = "listNotifications", summary = "The notifications addressed to the person, newest first",
            description = "A guardian's own list holds what was sent to the guardian, also about the children; with "
                    + "On-Behalf-Of, only those about that child. Poll with the last answer's ETag in If-None-Match: "
                    + "304 (no body, and no entry in the access log) while nothing changed. With `since`, only what "
                    + "came after that notification. For updates without polling, see streamNotifications.")
    @Parameter(name = "If-None-Match", in = ParameterIn.HEADER, description = "The ETag of an earlier answer: "
            + "304 Not Modified while the list is unchanged", schema = @Schema(type = SchemaType.STRING, maxLength = 200))
    @APIResponse(responseCode = "200", description = "A page of notifications (items, total)",
            headers = @Header(name = "ETag", description = "Strong; send it back in If-None-Match",
                    schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "304", description = "Not Modified: the list is as the ETag in If-None-Match "
            + "says; no body",
            headers = @Header(name = "ETag", description = "The same ETag",
                    schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", description = "`validation-failed`: page or size out of range, since not "
            + "the id of one of the person's notifications, or On-Behalf-Of not a national id")
    @APIResponse(responseCode = "401", description = "`unauthorized`: no valid bearer token")
    @APIResponse(responseCode = "403", description = PatientAccess.FORBIDDEN_READ)
    public RestResponse<Page<NotificationView>> list(@BeanParam @Valid PageRequest paging,
            @Parameter(description = "The id of the newest notification the app has: only those after it")
            @QueryParam("since") UUID since,
            @Context Request request) {
        NotificationScope scope = NotificationScope.of(caller);
        long after = since == null ? 0 : reads.positionOf(scope.recipientId(), since, "since");
        NotificationReads.Version version = reads.version(scope, after, paging);
        EntityTag tag = new EntityTag(version.etag());
        if (request.evaluatePreconditions(tag) != null) {
            return RestResponse.ResponseBuilder.<Page<NotificationView>>notModified(tag).cacheControl(PRIVATE).build();
        }
        return RestResponse.ResponseBuilder.ok(reads.list(scope, after, version.upTo(), paging))
                .tag(tag).cacheControl(PRIVATE).build();
    }
}
