package no.legekontor.portal.vaccination;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import no.legekontor.portal.audit.Audited;
import no.legekontor.portal.audit.AuditedResource;
import no.legekontor.portal.security.PatientAccess;
import no.legekontor.portal.security.PatientCaller;
import no.legekontor.support.paging.Page;
import no.legekontor.support.paging.PageRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/vaccinations")
@Tag(name = "Vaccinations", description = "The vaccines the patient has been given (R6)")
@Authenticated
@PatientAccess
@Produces(MediaType.APPLICATION_JSON)
public class VaccinationResource {

    @Inject
    PatientCaller caller;

    @Inject
    VaccinationService vaccinations;

    @GET
    @Audited(AuditedResource.VACCINATION)
    @Operation(operationId = "listVaccinations", summary = "The vaccines the patient has been given, newest first")
    @APIResponse(responseCode = "200", description = "A page of vaccinations (items, total)")
    @APIResponse(responseCode = "400", description = "validation-failed: page or size out of range")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "insufficient-assurance-level, not-registered, "
            + "profile-confirmation-required, not-representing or proxy-access-ended")
    public Page<VaccinationView> list(@BeanParam @Valid PageRequest paging) {
        return vaccinations.list(caller.subject().id, paging);
    }
}
