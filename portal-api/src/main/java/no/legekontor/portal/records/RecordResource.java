package no.legekontor.portal.records;

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
import no.legekontor.portal.audit.Audited;
import no.legekontor.portal.audit.AuditedResource;
import no.legekontor.portal.integration.IntegrationResource;
import no.legekontor.portal.integration.Upserted;
import no.legekontor.portal.security.IntegrationAccess;
import no.legekontor.portal.security.IntegrationCaller;
import no.legekontor.support.idempotency.Idempotent;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The clinic system pushes its patients' records: upserts by its own {@code externalId}, 201 with
 * Location when created and 200 when an existing record was updated (or sent again unchanged); and
 * reads them back by id.
 */
@Path("/api/v1/integration")
@Tag(name = "Clinic integration")
@Authenticated
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
    @Audited(value = AuditedResource.PRESCRIPTION, action = "stored")
    @Idempotent
    @Operation(operationId = "upsertPrescription", summary = "Store or update a prescription of a patient of the clinic")
    @APIResponse(responseCode = "201", description = "Stored", content = @Content(
            schema = @Schema(implementation = PrescriptionRecord.Stored.class)))
    @APIResponse(responseCode = "200", description = "Existed; updated", content = @Content(
            schema = @Schema(implementation = PrescriptionRecord.Stored.class)))
    @APIResponse(responseCode = "400", description = "validation-failed: a field missing, too long or invalid")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = IntegrationResource.FORBIDDEN)
    @APIResponse(responseCode = "404", description = "not-found: the person is not on the clinic's lists")
    public Response upsertPrescription(@Valid @NotNull PrescriptionRecord record, @Context UriInfo uri) {
        var outcome = records.upsertPrescription(caller.clinicOrg(), record);
        return Upserted.answer(outcome, uri, "api/v1/integration/prescriptions/{id}", outcome.value().id());
    }

    @GET
    @Path("/prescriptions/{id}")
    @Audited(AuditedResource.PRESCRIPTION)
    @Operation(operationId = "getPrescription", summary = "A prescription the clinic system pushed")
    @APIResponse(responseCode = "200", description = "The prescription")
    @APIResponse(responseCode = "401", description = "`unauthorized`: no valid bearer token")
    @APIResponse(responseCode = "403", description = IntegrationResource.FORBIDDEN)
    @APIResponse(responseCode = "404", description = "`not-found`: no such prescription at the caller's clinic")
    public PrescriptionRecord.Stored prescription(@PathParam("id") UUID id) {
        return records.prescription(caller.clinicOrg(), id);
    }

    @POST
    @Path("/vaccinations")
    @Audited(value = AuditedResource.VACCINATION, action = "stored")
    @Idempotent
    @Operation(operationId = "upsertVaccination", summary = "Store or update a vaccination of a patient of the clinic")
    @APIResponse(responseCode = "201", description = "Stored", content = @Content(
            schema = @Schema(implementation = VaccinationRecord.Stored.class)))
    @APIResponse(responseCode = "200", description = "Existed; updated", content = @Content(
            schema = @Schema(implementation = VaccinationRecord.Stored.class)))
    @APIResponse(responseCode = "400", description = "validation-failed: a field missing, too long or invalid")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = IntegrationResource.FORBIDDEN)
    @APIResponse(responseCode = "404", description = "not-found: the person is not on the clinic's lists")
    public Response upsertVaccination(@Valid @NotNull VaccinationRecord record, @Context UriInfo uri) {
        var outcome = records.upsertVaccination(caller.clinicOrg(), record);
        return Upserted.answer(outcome, uri, "api/v1/integration/vaccinations/{id}", outcome.value().id());
    }

    @GET
    @Path("/vaccinations/{id}")
    @Audited(AuditedResource.VACCINATION)
    @Operation(operationId = "getVaccination", summary = "A vaccination the clinic system pushed")
    @APIResponse(responseCode = "200", description = "The vaccination")
    @APIResponse(responseCode = "401", description = "`unauthorized`: no valid bearer token")
    @APIResponse(responseCode = "403", description = IntegrationResource.FORBIDDEN)
    @APIResponse(responseCode = "404", description = "`not-found`: no such vaccination at the caller's clinic")
    public VaccinationRecord.Stored vaccination(@PathParam("id") UUID id) {
        return records.vaccination(caller.clinicOrg(), id);
    }

    @POST
    @Path("/sick-notes")
    @Audited(value = AuditedResource.SICK_NOTE, action = "stored")
    @Idempotent
    @Operation(operationId = "upsertSickNote", summary = "Store or update a sick note of a patient of the clinic")
    @APIResponse(responseCode = "201", description = "Stored", content = @Content(
            schema = @Schema(implementation = SickNoteRecord.Stored.class)))
    @APIResponse(responseCode = "200", description = "Existed; updated", content = @Content(
            schema = @Schema(implementation = SickNoteRecord.Stored.class)))
    @APIResponse(responseCode = "400", description = "validation-failed: a field missing, too long or invalid")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = IntegrationResource.FORBIDDEN)
    @APIResponse(responseCode = "404", description = "not-found: the person is not on the clinic's lists")
    public Response upsertSickNote(@Valid @NotNull SickNoteRecord record, @Context UriInfo uri) {
        var outcome = records.upsertSickNote(caller.clinicOrg(), record);
        return Upserted.answer(outcome, uri, "api/v1/integration/sick-notes/{id}", outcome.value().id());
    }

    @GET
    @Path("/sick-notes/{id}")
    @Audited(AuditedResource.SICK_NOTE)
    @Operation(operationId = "getSickNote", summary = "A sick note the clinic system pushed")
    @APIResponse(responseCode = "200", description = "The sick note")
    @APIResponse(responseCode = "401", description = "`unauthorized`: no valid bearer token")
    @APIResponse(responseCode = "403", description = IntegrationResource.FORBIDDEN)
    @APIResponse(responseCode = "404", description = "`not-found`: no such sick note at the caller's clinic")
    public SickNoteRecord.Stored sickNote(@PathParam("id") UUID id) {
        return records.sickNote(caller.clinicOrg(), id);
    }

}
