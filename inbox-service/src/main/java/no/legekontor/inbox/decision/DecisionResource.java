package no.legekontor.inbox.decision;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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

@Path("/api/v1/inbox/{id}/decision")
@Tag(name = "Inbox")
@RolesAllowed({StaffRole.GP, StaffRole.OFFICE})
@StaffAccess
@Produces(MediaType.APPLICATION_JSON)
public class DecisionResource {

    @Inject
    StaffCaller caller;

    @Inject
    DecisionService decisions;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "decideInboxItem", summary = "Decide a prescription renewal or a sick-leave extension",
            description = "R14, by a GP. An approved renewal becomes a new prescription the patient sees (same "
                    + "medication and dosage, issued today, valid one year unless validUntil is given); an approved "
                    + "extension moves the sick note's last day to the day asked for; a rejection shows its reason. "
                    + "The item and the patient's conversation become ANSWERED; the decision travels as "
                    + "DecisionMade on inbox.events.v1.")
    @APIResponse(responseCode = "200", description = "The item, ANSWERED, with its decision")
    @APIResponse(responseCode = "400", description = "validation-failed: outcome missing, reason missing for "
            + "REJECTED or longer than 2000, validUntil before today")
    @APIResponse(responseCode = "401", description = InboxResource.UNAUTHORIZED)
    @APIResponse(responseCode = "403", description = InboxResource.FORBIDDEN + "; `gp-required`: office staff")
    @APIResponse(responseCode = "404", description = "not-found: no such item at the caller's clinic")
    @APIResponse(responseCode = "409", description = "already-decided: the item has its decision; item-closed: "
            + "the item is closed")
    @APIResponse(responseCode = "422", description = "not-decidable: neither a renewal nor a sick-leave extension")
    public InboxViews.Item decide(@PathParam("id") UUID id, @Valid @NotNull DecisionRequest request) {
        return decisions.decide(caller.get(), id, request);
    }
}
