package no.legekontor.portal.conversation;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import no.legekontor.portal.audit.Audited;
import no.legekontor.portal.audit.AuditedResource;
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

@Path("/api/v1/conversations")
@Tag(name = "Conversations", description = "The patient's conversations with the clinic and their messages")
@Authenticated
@PatientAccess
@Produces(MediaType.APPLICATION_JSON)
public class ConversationResource {

    @Inject
    PatientCaller caller;

    @Inject
    ConversationService conversations;

    @Inject
    UrgentAdvice urgentAdvice;

    @GET
    @Audited(AuditedResource.CONVERSATION)
    @Operation(operationId = "listConversations", summary = "The patient's conversations with the clinic, newest first")
    @APIResponse(responseCode = "200", description = "A page of conversations (items, total)")
    @APIResponse(responseCode = "400", description = "`validation-failed`: page or size out of range, "
            + "or On-Behalf-Of not a national id")
    @APIResponse(responseCode = "401", description = "`unauthorized`: no valid bearer token")
    @APIResponse(responseCode = "403", description = PatientAccess.FORBIDDEN_READ)
    public Page<ConversationViews.Summary> list(@BeanParam @Valid PageRequest paging) {
        return conversations.list(caller.subject().id, paging);
    }

    @GET
    @Path("/{id}")
    @Audited(AuditedResource.CONVERSATION)
    @Operation(operationId = "getConversation", summary = "One conversation with all its messages, oldest first")
    @APIResponse(responseCode = "200", description = "The conversation")
    @APIResponse(responseCode = "400", description = PatientAccess.INVALID_ON_BEHALF_OF)
    @APIResponse(responseCode = "401", description = "`unauthorized`: no valid bearer token")
    @APIResponse(responseCode = "403", description = PatientAccess.FORBIDDEN_READ)
    @APIResponse(responseCode = "404", description = "`not-found`: no such conversation of this patient")
    public ConversationViews.Detail get(@PathParam("id") UUID id, @Context HttpHeaders headers) {
        Conversation conversation = conversations.get(caller.subject().id, id);
        return ConversationViews.Detail.of(conversation,
                urgentAdvice.forConversation(conversation, headers.getAcceptableLanguages()));
    }

    @POST
    @Path("/{id}/messages")
    @PatientAccess(PatientAccess.Kind.SEND)
    @Consumes(MediaType.APPLICATION_JSON)
    @Idempotent
    @Operation(operationId = "followUpConversation", summary = "Write again in a conversation (follow-up)",
            description = "Allowed in the patient's own conversation unless it is CLOSED. The clinic's item reopens "
                    + "with a new replyDueBy counted from now; no new fee.")
    @APIResponse(responseCode = "201", description = "Sent; the conversation with the follow-up, Location names it",
            content = @Content(schema = @Schema(implementation = ConversationViews.Detail.class)))
    @APIResponse(responseCode = "400", description = "validation-failed: body missing or too long")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "insufficient-assurance-level, not-registered, "
            + "profile-confirmation-required, full-access-required, not-representing or proxy-access-ended")
    @APIResponse(responseCode = "404", description = "not-found: no such conversation of this patient")
    @APIResponse(responseCode = "409", description = "conversation-closed, or duplicate-request: another request "
            + "about the same prescription or sick note is open")
    public Response followUp(@PathParam("id") UUID id, @Valid @NotNull FollowUpRequest request,
            @Context UriInfo uri, @Context HttpHeaders headers) {
        Conversation conversation = conversations.followUp(caller.subject(), caller.self(), id, request.body());
        return ConversationViews.created(conversation,
                urgentAdvice.forConversation(conversation, headers.getAcceptableLanguages()), uri);
    }
}
