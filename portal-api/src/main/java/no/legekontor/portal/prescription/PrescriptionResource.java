package no.legekontor.portal.prescription;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import no.legekontor.portal.audit.Audited;
import no.legekontor.portal.audit.AuditedResource;
import no.legekontor.portal.conversation.Conversation;
import no.legekontor.portal.conversation.ConversationViews;
import no.legekontor.portal.conversation.UrgentAdvice;
import no.legekontor.portal.security.PatientAccess;
import no.legekontor.portal.security.PatientCaller;
import no.legekontor.support.idempotency.Idempotent;
import no.legekontor.support.paging.Page;
import no.legekontor.support.paging.PageRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1")
@Tag(name = "Prescriptions", description = "The patient's prescriptions, and asking the GP to renew one (R5)")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class PrescriptionResource {

    @Inject
    PatientCaller caller;

    @Inject
    PrescriptionService prescriptions;

    @Inject
    UrgentAdvice urgentAdvice;

    @GET
    @Path("/prescriptions")
    @PatientAccess
    @Audited(AuditedResource.PRESCRIPTION)
    @Operation(operationId = "listPrescriptions", summary = "The patient's prescriptions, active and expired")
    @APIResponse(responseCode = "200", description = "A page of prescriptions (items, total)")
    @APIResponse(responseCode = "400", description = "validation-failed: page or size out of range")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "insufficient-assurance-level, not-registered, "
            + "profile-confirmation-required, not-representing or proxy-access-ended")
    public Page<PrescriptionView> list(@BeanParam @Valid PageRequest paging) {
        return prescriptions.list(caller.subject().id, paging);
    }

    @POST
    @Path("/prescription-renewals")
    @PatientAccess(PatientAccess.Kind.SEND)
    @Consumes(MediaType.APPLICATION_JSON)
    @Idempotent
    @Operation(operationId = "requestPrescriptionRenewal", summary = "Ask the GP to renew a prescription",
            description = "Only a prescription this clinic issued to the patient, and only one open request per "
                    + "prescription. Free of charge. The answer comes within 5 business days (replyDueBy).")
    @APIResponse(responseCode = "201", description = "Sent; Location names the conversation",
            content = @Content(schema = @Schema(implementation = ConversationViews.Detail.class)))
    @APIResponse(responseCode = "400", description = "validation-failed: prescriptionId missing, comment too long")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "insufficient-assurance-level, not-registered, "
            + "profile-confirmation-required, full-access-required, not-representing or proxy-access-ended")
    @APIResponse(responseCode = "404", description = "not-found: no such prescription of this patient")
    @APIResponse(responseCode = "409", description = "duplicate-request: a renewal of it is already open")
    @APIResponse(responseCode = "422", description = "not-renewable: not issued by the patient's clinic")
    public Response requestRenewal(@Valid @NotNull RenewalRequest request, @Context UriInfo uri,
            @Context HttpHeaders headers) {
        Conversation conversation = prescriptions.requestRenewal(caller, request);
        return ConversationViews.created(conversation,
                urgentAdvice.forConversation(conversation, headers.getAcceptableLanguages()), uri);
    }
}
