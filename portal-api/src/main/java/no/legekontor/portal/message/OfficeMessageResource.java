package no.legekontor.portal.message;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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

@Path("/api/v1/messages")
@Tag(name = "Office messages", description = "Free messages to the clinic's office, aimed at an answer the same "
        + "business day (R8)")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class OfficeMessageResource {

    @Inject
    PatientCaller caller;

    @Inject
    OfficeMessageService messages;

    @Inject
    UrgentAdvice urgentAdvice;

    @POST
    @PatientAccess(PatientAccess.Kind.SEND)
    @Consumes(MediaType.APPLICATION_JSON)
    @Idempotent
    @Operation(operationId = "sendOfficeMessage", summary = "Send a message to the clinic's office",
            description = "Free. Not for urgent matters. The office aims to answer by targetBy (16:00 the same "
                    + "business day when sent before 16:00, else the next); the promise is replyDueBy (5 business "
                    + "days).")
    @APIResponse(responseCode = "201", description = "Sent; Location names the conversation",
            content = @Content(schema = @Schema(implementation = ConversationViews.Detail.class)))
    @APIResponse(responseCode = "400", description = "validation-failed: subject or body missing or too long")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "insufficient-assurance-level, not-registered, "
            + "profile-confirmation-required, full-access-required, not-representing or proxy-access-ended")
    @APIResponse(responseCode = "429", description = "`too-many-requests`: the person has sent as many "
            + "messages to the office today as a day allows (R16; Retry-After: seconds to midnight, Oslo)")
    @APIResponse(responseCode = "422", description = "urgent-not-supported: confirmNotUrgent missing")
    public Response send(@Valid @NotNull OfficeMessageRequest request, @Context UriInfo uri,
            @Context HttpHeaders headers) {
        Conversation conversation = messages.send(caller, request);
        return ConversationViews.created(conversation,
                urgentAdvice.forConversation(conversation, headers.getAcceptableLanguages()), uri);
    }
}
