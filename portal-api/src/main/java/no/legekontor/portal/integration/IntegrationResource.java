package no.legekontor.portal.integration;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import no.legekontor.portal.account.TransferView;
import no.legekontor.portal.audit.Audited;
import no.legekontor.portal.audit.AuditedResource;
import no.legekontor.portal.security.IntegrationAccess;
import no.legekontor.portal.security.IntegrationCaller;
import no.legekontor.support.idempotency.Idempotent;
import no.legekontor.support.paging.Page;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * For clinic systems (EPJ), each scoped to its own clinic. National ids travel in bodies, never in
 * URLs. Registrations are upserts: 201 when created, 200 when they already existed.
 */
@Path("/api/v1/integration")
@Tag(name = "Clinic integration",
        description = "For clinic systems (EPJ), scoped to the token's clinic: patients, guardianships, "
                + "practitioners, the records they push (slots, prescriptions, vaccinations, sick notes), "
                + "appointments and attendance, and invoices and their payment")
@Authenticated
@IntegrationAccess
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class IntegrationResource {

    /** The 403 problem code of every integration endpoint, for its {@code @APIResponse}. */
    public static final String FORBIDDEN = "`forbidden`: not a HelseID token of a clinic system of ours "
            + "(scope portal:integration, clinic_id of a clinic using the portal)";

    @Inject
    IntegrationCaller caller;

    @Inject
    RegistrationService registrations;

    @Inject
    PractitionerService practitioners;

    @POST
    @Path("/patients")
    @Audited(value = AuditedResource.PATIENT, action = "registered")
    @Idempotent
    @Operation(operationId = "registerPatient",
            summary = "Put a person on one of the clinic's GPs' lists (upsert by national id)")
    @APIResponse(responseCode = "201", description = "Registered", content = @Content(
            schema = @Schema(implementation = PatientRegistration.Registered.class)))
    @APIResponse(responseCode = "200", description = "Was registered; name and GP updated", content = @Content(
            schema = @Schema(implementation = PatientRegistration.Registered.class)))
    @APIResponse(responseCode = "202", description = "A patient of another clinic, sent with transfer: true: the "
            + "request to take them over, which moves them only once the person (a guardian, for a child under 16) "
            + "accepts it in the portal; it lapses after 14 days (R15)", content = @Content(
            schema = @Schema(implementation = TransferView.class)))
    @APIResponse(responseCode = "400", description = "`validation-failed`: a field missing or invalid (see `errors`)"
            + "; `malformed-request`: the body is not JSON of this shape")
    @APIResponse(responseCode = "401", description = "`unauthorized`: no valid bearer token")
    @APIResponse(responseCode = "403", description = FORBIDDEN)
    @APIResponse(responseCode = "409", description = "`registered-elsewhere`: a patient of another clinic, "
            + "sent without transfer: true (R15)")
    @APIResponse(responseCode = "422", description = "`unknown-gp`: gpHpr is not a GP at the caller's clinic")
    public Response registerPatient(@Valid @NotNull PatientRegistration request, @Context UriInfo uri) {
        var outcome = registrations.registerPatient(caller.clinicOrg(), request);
        if (outcome.transfer() != null) {
            return Response.accepted(outcome.transfer()).build();
        }
        return Upserted.answer(outcome.registered(), uri, "api/v1/integration/patients/{id}",
                outcome.registered().value().id());
    }

    @GET
    @Path("/patients/{id}")
    @Audited(AuditedResource.PATIENT)
    @Operation(operationId = "getPatient", summary = "A patient on the clinic's lists, by the id registration gave")
    @APIResponse(responseCode = "200", description = "The patient")
    @APIResponse(responseCode = "401", description = "`unauthorized`: no valid bearer token")
    @APIResponse(responseCode = "403", description = FORBIDDEN)
    @APIResponse(responseCode = "404", description = "`not-found`: no such patient at the caller's clinic")
    public PatientRegistration.Registered patient(@PathParam("id") UUID id) {
        return registrations.patient(caller.clinicOrg(), id);
    }

    @POST
    @Path("/guardianships")
    @Audited(value = AuditedResource.GUARDIANSHIP, action = "registered")
    @Idempotent
    @Operation(operationId = "registerGuardianship",
            summary = "Register a guardian for a child patient of the clinic (idempotent)")
    @APIResponse(responseCode = "201", description = "Registered", content = @Content(
            schema = @Schema(implementation = GuardianshipRegistration.Registered.class)))
    @APIResponse(responseCode = "200", description = "Was registered already", content = @Content(
            schema = @Schema(implementation = GuardianshipRegistration.Registered.class)))
    @APIResponse(responseCode = "400", description = "`validation-failed`: a field missing or invalid (see `errors`)"
            + "; `malformed-request`: the body is not JSON of this shape")
    @APIResponse(responseCode = "401", description = "`unauthorized`: no valid bearer token")
    @APIResponse(responseCode = "403", description = FORBIDDEN)
    @APIResponse(responseCode = "422",
            description = "`unknown-person`: the guardian is not registered, or the child is not the clinic's patient")
    public Response registerGuardianship(@Valid @NotNull GuardianshipRegistration request, @Context UriInfo uri) {
        var outcome = registrations.registerGuardianship(caller.clinicOrg(), request);
        return Upserted.answer(outcome, uri, "api/v1/integration/guardianships/{id}", outcome.value().id());
    }

    @GET
    @Path("/guardianships/{id}")
    @Audited(AuditedResource.GUARDIANSHIP)
    @Operation(operationId = "getGuardianship", summary = "An active guardianship the clinic registered")
    @APIResponse(responseCode = "200", description = "The guardianship")
    @APIResponse(responseCode = "401", description = "`unauthorized`: no valid bearer token")
    @APIResponse(responseCode = "403", description = FORBIDDEN)
    @APIResponse(responseCode = "404", description = "`not-found`: no active guardianship with this id at the "
            + "caller's clinic")
    public GuardianshipRegistration.Registered guardianship(@PathParam("id") UUID id) {
        return registrations.guardianship(caller.clinicOrg(), id);
    }

    @POST
    @Path("/practitioners")
    @Idempotent
    @Operation(operationId = "registerPractitioner",
            summary = "Register one of the clinic's GPs or office staff (upsert by HPR number)")
    @APIResponse(responseCode = "201", description = "Registered", content = @Content(
            schema = @Schema(implementation = Practitioner.class)))
    @APIResponse(responseCode = "200", description = "Was registered; name and role updated", content = @Content(
            schema = @Schema(implementation = Practitioner.class)))
    @APIResponse(responseCode = "400", description = "validation-failed")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not a clinic system of ours")
    @APIResponse(responseCode = "409", description = "registered-elsewhere: the HPR number works at another clinic "
            + "(which must remove them first)")
    public Response registerPractitioner(@Valid @NotNull PractitionerRegistration request, @Context UriInfo uri) {
        var outcome = practitioners.register(caller.clinicOrg(), request);
        return Upserted.answer(outcome, uri, "api/v1/integration/practitioners/{hprNumber}",
                outcome.value().hprNumber());
    }

    @GET
    @Path("/practitioners/{hprNumber}")
    @Operation(operationId = "getPractitioner", summary = "One of the clinic's GPs or office staff")
    @APIResponse(responseCode = "200", description = "The practitioner")
    @APIResponse(responseCode = "401", description = "`unauthorized`: no valid bearer token")
    @APIResponse(responseCode = "403", description = FORBIDDEN)
    @APIResponse(responseCode = "404", description = "`not-found`: no such practitioner at the caller's clinic")
    public Practitioner practitioner(@PathParam("hprNumber") String hprNumber) {
        return practitioners.practitioner(caller.clinicOrg(), hprNumber);
    }

    @GET
    @Path("/practitioners")
    @Operation(operationId = "listPractitioners", summary = "The clinic's GPs and office staff, by name")
    @APIResponse(responseCode = "200", description = "All of them (items, total)")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "Not a clinic system of ours")
    public Page<Practitioner> practitioners() {
        List<Practitioner> all = practitioners.practitioners(caller.clinicOrg());
        return new Page<>(all, all.size(), 0, all.size());
    }

    @DELETE
    @Path("/practitioners/{hprNumber}")
    @Operation(operationId = "removePractitioner", summary = "Remove one of the clinic's GPs or office staff: "
            + "from now on the inbox refuses their staff token for the clinic (idempotent)")
    @APIResponse(responseCode = "204", description = "Removed, or was removed already")
    @APIResponse(responseCode = "401", description = "`unauthorized`: no valid bearer token")
    @APIResponse(responseCode = "403", description = FORBIDDEN)
    @APIResponse(responseCode = "404", description = "`not-found`: the clinic never registered this HPR number "
            + "(or it works at another clinic now)")
    public Response removePractitioner(@PathParam("hprNumber") String hprNumber) {
        practitioners.remove(caller.clinicOrg(), hprNumber);
        return Response.noContent().build();
    }

    @DELETE
    @Path("/guardianships/{id}")
    @Audited(value = AuditedResource.GUARDIANSHIP, action = "ended")
    @Operation(operationId = "endGuardianship",
            summary = "End a guardianship: the guardian can no longer act for the child")
    @APIResponse(responseCode = "204", description = "Ended")
    @APIResponse(responseCode = "401", description = "`unauthorized`: no valid bearer token")
    @APIResponse(responseCode = "403", description = FORBIDDEN)
    @APIResponse(responseCode = "404",
            description = "`not-found`: no active guardianship with this id at the caller's clinic")
    public Response endGuardianship(@PathParam("id") UUID id) {
        registrations.endGuardianship(caller.clinicOrg(), id);
        return Response.noContent().build();
    }

}
