package no.legekontor.inbox.reply;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import no.legekontor.inbox.item.InboxResource;
import no.legekontor.inbox.item.InboxViews;
import no.legekontor.inbox.security.StaffAccess;
import no.legekontor.inbox.security.StaffCaller;
import no.legekontor.shared.event.StaffRole;
import no.legekontor.support.idempotency.Idempotent;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/inbox/{id}/replies")
@Tag(name = "Inbox")
@RolesAllowed({StaffRole.GP, StaffRole.OFFICE})
@StaffAccess
@Produces(MediaType.APPLICATION_JSON)
public class ReplyResource {

    @Inject
    StaffCaller caller;

    @Inject
    ReplyService replies;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Idempotent
    @Operation(operationId = "replyToInboxItem", summary = "Answer the patient", description = "E-consultations, renewals and sick-leave "
            + "extensions are answered by a GP only; office messages by office staff or a GP; appointment notices "
            + "are closed, not answered. The answer reaches the patient's conversation through inbox.events.v1.")
    @APIResponse(responseCode = "201", description = "Answered; Location names the item",
            content = @Content(schema = @Schema(implementation = InboxViews.Reply.class)))
    @APIResponse(responseCode = "400", description = "`validation-failed`: body missing or too long; "
            + "`malformed-request`: the body is not JSON of this shape")
    @APIResponse(responseCode = "401", description = InboxResource.UNAUTHORIZED)
    @APIResponse(responseCode = "403", description = InboxResource.FORBIDDEN + "; `gp-required`: an "
            + "e-consultation, renewal or sick-leave extension answered by office staff")
    @APIResponse(responseCode = "404", description = "`not-found`: no such item at the caller's clinic")
    @APIResponse(responseCode = "409", description = "`item-closed`: the item is closed")
    @APIResponse(responseCode = "422", description = "`not-answerable`: an appointment notice (close it instead)")
    public Response reply(@PathParam("id") UUID id, @Valid @NotNull ReplyRequest request, @Context UriInfo uri) {
        InboxViews.Reply reply = replies.reply(caller.get(), id, request.body());
        return Response.created(uri.getBaseUriBuilder().path("api/v1/inbox/{id}").build(id)).entity(reply).build();
    }
}
