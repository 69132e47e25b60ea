package no.legekontor.inbox.claim;

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

@Path("/api/v1/inbox/{id}/claim")
@Tag(name = "Inbox")
@RolesAllowed({StaffRole.GP, StaffRole.OFFICE})
@StaffAccess
@Produces(MediaType.APPLICATION_JSON)
public class ClaimResource {

    @Inject
    StaffCaller caller;

    @Inject
    ClaimService claims;

    @POST
    @Operation(operationId = "claimInboxItem", summary = "Take an item to work on it (assignee = the caller)",
            description = "Claiming an item one has already claimed answers it again. The GP's items "
                    + "(e-consultations, renewals, sick-leave extensions) are claimed by a GP.")
    @APIResponse(responseCode = "200", description = "The item, assigned to the caller")
    @APIResponse(responseCode = "401", description = InboxResource.UNAUTHORIZED)
    @APIResponse(responseCode = "403", description = InboxResource.FORBIDDEN + "; `gp-required`: office staff "
            + "claiming an e-consultation, renewal or sick-leave extension")
    @APIResponse(responseCode = "404", description = "not-found: no such item at the caller's clinic")
    @APIResponse(responseCode = "409", description = "already-claimed: someone else has it; item-closed: "
            + "the item is closed")
    public InboxViews.Item claim(@PathParam("id") UUID id) {
        return claims.claim(caller.get(), id);
    }
}
