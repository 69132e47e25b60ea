package no.legekontor.inbox.item;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import no.legekontor.inbox.security.StaffAccess;
import no.legekontor.inbox.security.StaffCaller;
import no.legekontor.support.paging.Page;
import no.legekontor.support.paging.PageRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/inbox")
@Tag(name = "Inbox")
@RolesAllowed({StaffCaller.GP, StaffCaller.OFFICE})
@StaffAccess
@Produces(MediaType.APPLICATION_JSON)
public class InboxResource {

    @Inject
    StaffCaller caller;

    @Inject
    InboxService inbox;

    @GET
    @Operation(summary = "The clinic's inbox: possibly urgent first, then the earliest deadline")
    @APIResponse(responseCode = "200", description = "A page of items (items, total)")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not clinic staff")
    public Page<InboxViews.Item> list(@BeanParam InboxFilter filter, @BeanParam @Valid PageRequest paging) {
        return inbox.list(caller.get(), filter, paging);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One item with its replies", description = "The first time staff of the clinic open an "
            + "item, readAt is set and the patient's conversation shows readByClinicAt (ItemRead, once per item).")
    @APIResponse(responseCode = "200", description = "The item")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not clinic staff")
    @APIResponse(responseCode = "404", description = "No such item at the caller's clinic")
    public InboxViews.Item get(@PathParam("id") UUID id) {
        return inbox.get(caller.get(), id);
    }
}
