package no.legekontor.portal.integration;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import no.legekontor.portal.security.IntegrationAccess;
import no.legekontor.portal.security.IntegrationCaller;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The clinic system pushes its patients' records: upserts by its own {@code externalId}, 201 when
 * created and 200 when an existing record was updated (or sent again unchanged).
 */
@Path("/api/v1/integration")
@Tag(name = "Clinic integration")
@RolesAllowed("integration")
@IntegrationAccess
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class RecordResource {

    @Inject
    IntegrationCaller caller;

    @Inject
    RecordService records;

    @POST
    @Path("/prescriptions")
    @Operation(operationId = "upsertPrescription", summary = "Store or update a prescription of a patient of the clinic")
    @APIResponse(responseCode = "201", description = "Stored", content = @Content(
            schema = @Schema(implementation = PrescriptionRecord.Stored.class)))
    @APIResponse(responseCode = "200", description = "Existed; updated")
    @APIResponse(responseCode = "400", description = "validation-failed: a field missing, too long or invalid")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not a clinic system of ours")
    @APIResponse(responseCode = "404", description = "not-found: the person is not on the clinic's lists")
    public Response upsertPrescription(@Valid @NotNull PrescriptionRecord record) {
        return answer(records.upsertPrescription(caller.clinicOrg(), record));
    }

    @POST
    @Path("/vaccinations")
    @Operation(operationId = "upsertVaccination", summary = "Store or update a vaccination of a patient of the clinic")
    @APIResponse(responseCode = "201", description = "Stored", content = @Content(
            schema = @Schema(implementation = VaccinationRecord.Stored.class)))
    @APIResponse(responseCode = "200", description = "Existed; updated")
    @APIResponse(responseCode = "400", description = "validation-failed: a field missing, too long or invalid")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not a clinic system of ours")
    @APIResponse(responseCode = "404", description = "not-found: the person is not on the clinic's lists")
    public Response upsertVaccination(@Valid @NotNull VaccinationRecord record) {
        return answer(records.upsertVaccination(caller.clinicOrg(), record));
    }

    @POST
    @Path("/sick-notes")
    @Operation(operationId = "upsertSickNote", summary = "Store or update a sick note of a patient of the clinic")
    @APIResponse(responseCode = "201", description = "Stored", content = @Content(
            schema = @Schema(implementation = SickNoteRecord.Stored.class)))
    @APIResponse(responseCode = "200", description = "Existed; updated")
    @APIResponse(responseCode = "400", description = "validation-failed: a field missing, too long or invalid")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not a clinic system of ours")
    @APIResponse(responseCode = "404", description = "not-found: the person is not on the clinic's lists")
    public Response upsertSickNote(@Valid @NotNull SickNoteRecord record) {
        return answer(records.upsertSickNote(caller.clinicOrg(), record));
    }

    private static Response answer(RegistrationService.Outcome<?> outcome) {
        return Response.status(outcome.created() ? Response.Status.CREATED : Response.Status.OK)
                .entity(outcome.value())
                .build();
    }
}
