package no.legekontor.portal.appointment;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import no.legekontor.portal.integration.RegistrationService.Outcome;
import no.legekontor.portal.integration.Upserted;
import no.legekontor.portal.security.IntegrationAccess;
import no.legekontor.portal.security.IntegrationCaller;
import no.legekontor.support.idempotency.Idempotent;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Clinic systems (EPJ) push their GPs' slots; patients book the free online-bookable ones (R4). */
@Path("/api/v1/integration/slots")
@Tag(name = "Clinic integration")
@Authenticated
@IntegrationAccess
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class SlotIntegrationResource {

    @Inject
    IntegrationCaller caller;

    @Inject
    SlotService slots;

    @POST
    @Idempotent
    @Operation(operationId = "upsertSlot", summary = "Add or change a slot of one of the clinic's GPs (upsert by externalId)")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(
            schema = @Schema(implementation = SlotUpsert.Stored.class)))
    @APIResponse(responseCode = "200", description = "Existed; GP, times and online-bookable updated", content = @Content(
            schema = @Schema(implementation = SlotUpsert.Stored.class)))
    @APIResponse(responseCode = "400", description = "validation-failed: a field missing, or end not after start")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "forbidden: not a clinic system of ours")
    @APIResponse(responseCode = "422", description = "unknown-gp: not a GP at the caller's clinic")
    public Response upsertSlot(@Valid @NotNull SlotUpsert request, @Context UriInfo uri) {
        Outcome<SlotUpsert.Stored> outcome = slots.upsert(caller.clinicOrg(), request);
        return Upserted.answer(outcome, uri, "api/v1/integration/slots/{id}", outcome.value().id());
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getSlot", summary = "A slot the clinic system pushed")
    @APIResponse(responseCode = "200", description = "The slot")
    @APIResponse(responseCode = "401", description = "`unauthorized`: no valid bearer token")
    @APIResponse(responseCode = "403", description = "`forbidden`: not a clinic system of ours")
    @APIResponse(responseCode = "404", description = "`not-found`: no such slot at the caller's clinic")
    public SlotUpsert.Stored slot(@PathParam("id") UUID id) {
        return slots.get(caller.clinicOrg(), id);
    }
}
