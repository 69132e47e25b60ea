package no.legekontor.inbox.close;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import no.legekontor.inbox.item.InboxResource;
import no.legekontor.inbox.item.InboxViews;
import no.legekontor.inbox.security.StaffAccess;
import no.legekontor.inbox.security.StaffCaller;
import no.legekontor.shared.event.StaffRole;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/inbox/{id}/close")
@Tag(name = "Inbox")
@RolesAllowed({StaffRole.GP, StaffRole.OFFICE})
@StaffAccess
@Produces(MediaType.APPLICATION_JSON)
public class CloseResource {

    @Inject
    StaffCaller caller;

    @Inject
    CloseService closing;

    @POST
    @Operation(operationId = "closeInboxItem", summary = "Close an item: nothing more will happen with it",
            description = "The patient's conversation becomes CLOSED (no more follow-ups). Office staff close "
                    + "office messages and appointment notices; the GP's items (e-consultations, renewals, "
                    + "sick-leave extensions) are closed by a GP. Closing a closed item answers it again.")
    @APIResponse(responseCode = "200", description = "The item, CLOSED")
    @APIResponse(responseCode = "401", description = InboxResource.UNAUTHORIZED)
    @APIResponse(responseCode = "403", description = InboxResource.FORBIDDEN + "; `gp-required`: office staff "
            + "closing an e-consultation, renewal or sick-leave extension")
    @APIResponse(responseCode = "404", description = "not-found: no such item at the caller's clinic")
    public InboxViews.Item close(@PathParam("id") UUID id) {
        return closing.close(caller.get(), id);
    }
}
