package no.legekontor.inbox.inbox;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import no.legekontor.inbox.security.StaffAccess;
import no.legekontor.inbox.security.StaffCaller;
import no.legekontor.support.paging.Page;
import no.legekontor.support.paging.PageRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/inbox")
@Tag(name = "Inbox", description = "Patient requests to the staff's clinic, with their deadlines, and the answers")
@RolesAllowed({StaffCaller.GP, StaffCaller.OFFICE})
@StaffAccess
@Produces(MediaType.APPLICATION_JSON)
public class InboxResource {

    private static final String FORBIDDEN = "`forbidden`: not a HelseID token of clinic staff "
            + "(HPR number, role gp or office, clinic_id)";

    @Inject
    StaffCaller caller;

    @Inject
    InboxService inbox;

    @GET
    @Operation(operationId = "listInbox",
            summary = "The clinic's inbox: possibly urgent first, then the earliest deadline")
    @APIResponse(responseCode = "200", description = "A page of items (items, total)")
    @APIResponse(responseCode = "400", description = "`validation-failed`: page or size out of range")
    @APIResponse(responseCode = "401", description = "`unauthorized`: no valid bearer token")
    @APIResponse(responseCode = "403", description = FORBIDDEN)
    public Page<InboxViews.Item> list(@BeanParam InboxFilter filter, @BeanParam @Valid PageRequest paging) {
        return inbox.list(caller.get(), filter, paging);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getInboxItem", summary = "One item with its replies")
    @APIResponse(responseCode = "200", description = "The item")
    @APIResponse(responseCode = "401", description = "`unauthorized`: no valid bearer token")
    @APIResponse(responseCode = "403", description = FORBIDDEN)
    @APIResponse(responseCode = "404", description = "`not-found`: no such item at the caller's clinic")
    public InboxViews.Item get(@PathParam("id") UUID id) {
        return inbox.get(caller.get(), id);
    }

    @POST
    @Path("/{id}/replies")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "replyToInboxItem",
            summary = "Answer the patient", description = "An e-consultation can only be answered by a GP. "
            + "The answer reaches the patient's conversation through inbox.events.v1.")
    @APIResponse(responseCode = "201", description = "Answered",
            content = @Content(schema = @Schema(implementation = InboxViews.Reply.class)))
    @APIResponse(responseCode = "400", description = "`validation-failed`: body missing or too long; "
            + "`malformed-request`: the body is not JSON of this shape")
    @APIResponse(responseCode = "401", description = "`unauthorized`: no valid bearer token")
    @APIResponse(responseCode = "403", description = FORBIDDEN + "; `gp-required`: only a GP answers an e-consultation")
    @APIResponse(responseCode = "404", description = "`not-found`: no such item at the caller's clinic")
    public Response reply(@PathParam("id") UUID id, @Valid @NotNull ReplyRequest request) {
        InboxViews.Reply reply = inbox.reply(caller.get(), id, request.body());
        return Response.status(Response.Status.CREATED).entity(reply).build();
    }
}
