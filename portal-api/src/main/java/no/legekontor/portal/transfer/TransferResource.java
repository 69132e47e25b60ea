package no.legekontor.portal.transfer;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import no.legekontor.portal.account.TransferView;
import no.legekontor.portal.audit.Audited;
import no.legekontor.portal.audit.AuditedResource;
import no.legekontor.portal.security.PatientAccess;
import no.legekontor.portal.security.PatientCaller;
import no.legekontor.support.paging.Page;
import no.legekontor.support.paging.PageRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * R15: a clinic that wants to take the person over asks, and the person (a guardian, for a child
 * under 16, with On-Behalf-Of) accepts or declines here; a request not answered in 14 days lapses.
 */
@Path("/api/v1/transfers")
@Tag(name = "Transfers", description = "Requests from another clinic to take the person over (R15): nothing "
        + "moves until the person, or a guardian for a child under 16, accepts")
@Authenticated
@PatientAccess
@Produces(MediaType.APPLICATION_JSON)
public class TransferResource {

    static final String CLOSED = "`transfer-answered`: the request was declined, accepted or replaced by a newer one; "
            + "`transfer-lapsed`: it was not answered within 14 days";
    static final String FORBIDDEN = PatientAccess.FORBIDDEN_READ
            + "; `guardian-consent-required`: the person is under 16, a guardian answers (with On-Behalf-Of)";

    @Inject
    PatientCaller caller;

    @Inject
    TransferService transfers;

    @GET
    @Audited(AuditedResource.TRANSFER)
    @Operation(operationId = "listTransfers", summary = "Clinics' requests to take the person over, newest first")
    @APIResponse(responseCode = "200", description = "A page of requests (items, total)")
    @APIResponse(responseCode = "400", description = "`validation-failed`: page or size out of range, "
            + "or On-Behalf-Of not a national id")
    @APIResponse(responseCode = "401", description = "`unauthorized`: no valid bearer token")
    @APIResponse(responseCode = "403", description = PatientAccess.FORBIDDEN_READ)
    public Page<TransferView> list(@BeanParam @Valid PageRequest paging) {
        return transfers.list(caller, paging);
    }

    @POST
    @Path("/{id}/accept")
    @Audited(value = AuditedResource.TRANSFER, action = "accepted")
    @Operation(operationId = "acceptTransfer",
            summary = "Accept a clinic's request: the person moves to its GP's list (again: no change)")
    @APIResponse(responseCode = "200", description = "The accepted request")
    @APIResponse(responseCode = "400", description = PatientAccess.INVALID_ON_BEHALF_OF)
    @APIResponse(responseCode = "401", description = "`unauthorized`: no valid bearer token")
    @APIResponse(responseCode = "403", description = FORBIDDEN)
    @APIResponse(responseCode = "404", description = "`not-found`: no such request for this person")
    @APIResponse(responseCode = "409", description = CLOSED)
    public TransferView accept(@PathParam("id") UUID id) {
        return transfers.accept(caller, id);
    }

    @POST
    @Path("/{id}/decline")
    @Audited(value = AuditedResource.TRANSFER, action = "declined")
    @Operation(operationId = "declineTransfer",
            summary = "Decline a clinic's request: the person stays where they are (again: no change)")
    @APIResponse(responseCode = "200", description = "The declined request")
    @APIResponse(responseCode = "400", description = PatientAccess.INVALID_ON_BEHALF_OF)
    @APIResponse(responseCode = "401", description = "`unauthorized`: no valid bearer token")
    @APIResponse(responseCode = "403", description = FORBIDDEN)
    @APIResponse(responseCode = "404", description = "`not-found`: no such request for this person")
    @APIResponse(responseCode = "409", description = CLOSED)
    public TransferView decline(@PathParam("id") UUID id) {
        return transfers.decline(caller, id);
    }
}
