package no.legekontor.portal.econsultation;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import no.legekontor.portal.conversation.Conversation;
import no.legekontor.portal.conversation.ConversationViews;
import no.legekontor.portal.conversation.UrgentAdvice;
import no.legekontor.portal.security.PatientAccess;
import no.legekontor.portal.security.PatientCaller;
import no.legekontor.support.idempotency.Idempotent;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/e-consultations")
@Tag(name = "E-consultations", description = "Paid written consultations with the GP, answered within 5 business days")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class EConsultationResource {

    @Inject
    PatientCaller caller;

    @Inject
    EConsultationService econsultations;

    @Inject
    UrgentAdvice urgentAdvice;

    @GET
    @Path("/fee")
    @PatientAccess
    @Operation(operationId = "getEConsultationFee",
            summary = "What an e-consultation costs this patient, to show before sending")
    @APIResponse(responseCode = "200", description = "The fee")
    @APIResponse(responseCode = "400", description = PatientAccess.INVALID_ON_BEHALF_OF)
    @APIResponse(responseCode = "401", description = "`unauthorized`: no valid bearer token")
    @APIResponse(responseCode = "403", description = PatientAccess.FORBIDDEN_READ)
    public FeeQuote fee() {
        return econsultations.quote(caller);
    }

    @POST
    @PatientAccess(PatientAccess.Kind.SEND)
    @Consumes(MediaType.APPLICATION_JSON)
    @Idempotent
    @Operation(operationId = "submitEConsultation",
            summary = "Send a message to the GP (e-consultation)",
            description = "Costs the same as a consultation: the fee must be accepted. Not for urgent matters. The "
                    + "answer comes within 5 business days (replyDueBy).")
    @APIResponse(responseCode = "201", description = "Sent; Location names the conversation",
            content = @Content(schema = @Schema(implementation = ConversationViews.Detail.class)))
    @APIResponse(responseCode = "400", description = "`validation-failed`: subject or body missing or too long, "
            + "or On-Behalf-Of not a national id; `malformed-request`: the body is not JSON of this shape")
    @APIResponse(responseCode = "401", description = "`unauthorized`: no valid bearer token")
    @APIResponse(responseCode = "403", description = PatientAccess.FORBIDDEN_SEND)
    @APIResponse(responseCode = "429", description = "`too-many-requests`: the person has sent as many "
            + "e-consultations today as a day allows (R16; Retry-After: seconds to midnight, Oslo)")
    @APIResponse(responseCode = "422", description = "`urgent-not-supported`: confirmNotUrgent is not true (the detail "
            + "names the clinic's phone); `fee-not-accepted`: acceptFee is not true")
    public Response submit(@Valid @NotNull EConsultationRequest request, @Context UriInfo uri,
            @Context HttpHeaders headers) {
        Conversation conversation = econsultations.submit(caller, request);
        return ConversationViews.created(conversation,
                urgentAdvice.forConversation(conversation, headers.getAcceptableLanguages()), uri);
    }
}
