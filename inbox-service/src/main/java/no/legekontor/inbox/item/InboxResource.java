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
import no.legekontor.shared.event.StaffRole;
import no.legekontor.support.paging.Page;
import no.legekontor.support.paging.PageRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/inbox")
@Tag(name = "Inbox", description = "Patient requests to the staff's clinic, with their deadlines, and the answers")
@RolesAllowed({StaffRole.GP, StaffRole.OFFICE})
@StaffAccess
@Produces(MediaType.APPLICATION_JSON)
public class InboxResource {

    /** What every staff operation's 401 can carry. */
    public static final String UNAUTHORIZED = "`unauthorized`: no token; `token-expired` or `token-invalid`: log in "
            + "again with HelseID";

    /** What every staff operation's 403 can carry, besides rules of its own. */
    public static final String FORBIDDEN = "`wrong-token-kind`: not a HelseID token of clinic staff; `forbidden`: "
            + "no HPR number, role gp or office, or clinic_id; `not-a-practitioner`: the token's HPR number is not a "
            + "practitioner of its clinic in its role, as the clinic system registered them at the portal";

    @Inject
    StaffCaller caller;

    @Inject
    InboxService inbox;

    @GET
    @Operation(operationId = "listInbox",
            summary = "The clinic's inbox: possibly urgent first, then the earliest deadline",
            description = "Each page that holds items goes to the patients' access log (ItemsViewed): who saw "
                    + "which requests, and when.")
    @APIResponse(responseCode = "200", description = "A page of items (items, total)")
    @APIResponse(responseCode = "400", description = "`validation-failed`: page or size out of range")
    @APIResponse(responseCode = "401", description = UNAUTHORIZED)
    @APIResponse(responseCode = "403", description = FORBIDDEN)
    public Page<InboxViews.Item> list(@BeanParam InboxFilter filter, @BeanParam @Valid PageRequest paging) {
        return inbox.list(caller.get(), filter, paging);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getInboxItem", summary = "One item with its replies",
            description = "The first time staff of the clinic open an item, readAt is set and the patient's "
                    + "conversation shows readByClinicAt (ItemRead, once per item). Every opening goes to the "
                    + "patient's access log (ItemsViewed).")
    @APIResponse(responseCode = "200", description = "The item")
    @APIResponse(responseCode = "401", description = UNAUTHORIZED)
    @APIResponse(responseCode = "403", description = FORBIDDEN)
    @APIResponse(responseCode = "404", description = "`not-found`: no such item at the caller's clinic")
    public InboxViews.Item get(@PathParam("id") UUID id) {
        return inbox.get(caller.get(), id);
    }
}
