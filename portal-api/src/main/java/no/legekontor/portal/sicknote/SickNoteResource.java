package no.legekontor.portal.sicknote;

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
@Tag(name = "Sick notes", description = "The patient's sick notes, and asking the GP to extend one (R10)")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class SickNoteResource {

    @Inject
    PatientCaller caller;

    @Inject
    SickNoteService sickNotes;

    @Inject
    UrgentAdvice urgentAdvice;

    @GET
    @Path("/sick-notes")
    @PatientAccess
    @Audited(AuditedResource.SICK_NOTE)
    @Operation(operationId = "listSickNotes", summary = "The patient's sick notes, the latest first")
    @APIResponse(responseCode = "200", description = "A page of sick notes (items, total)")
    @APIResponse(responseCode = "400", description = "validation-failed: page or size out of range")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "insufficient-assurance-level, not-registered, "
            + "profile-confirmation-required, not-representing or proxy-access-ended")
    public Page<SickNoteView> list(@BeanParam @Valid PageRequest paging) {
        return sickNotes.list(caller.subject().id, paging);
    }

    @POST
    @Path("/sick-leave-extensions")
    @PatientAccess(PatientAccess.Kind.SEND)
    @Consumes(MediaType.APPLICATION_JSON)
    @Idempotent
    @Operation(operationId = "requestSickLeaveExtension", summary = "Ask the GP to extend an existing sick note",
            description = "Only a sick note that is active or ended at most 7 days ago, to a later day. New sick "
                    + "notes are not issued online: book an appointment or call. The GP decides within 5 business "
                    + "days (replyDueBy).")
    @APIResponse(responseCode = "201", description = "Sent; Location names the conversation",
            content = @Content(schema = @Schema(implementation = ConversationViews.Detail.class)))
    @APIResponse(responseCode = "400", description = "validation-failed: sickNoteId or requestedUntil missing")
    @APIResponse(responseCode = "401", description = "No valid token")
    @APIResponse(responseCode = "403", description = "insufficient-assurance-level, not-registered, "
            + "profile-confirmation-required, full-access-required, not-representing or proxy-access-ended")
    @APIResponse(responseCode = "404", description = "not-found: no such sick note of this patient")
    @APIResponse(responseCode = "409", description = "duplicate-request: an extension of it is already open")
    @APIResponse(responseCode = "422", description = "not-extendable: ended more than 7 days ago, not started, "
            + "or requestedUntil not after its toDate")
    public Response requestExtension(@Valid @NotNull ExtensionRequest request, @Context UriInfo uri,
            @Context HttpHeaders headers) {
        Conversation conversation = sickNotes.requestExtension(caller, request);
        return ConversationViews.created(conversation,
                urgentAdvice.forConversation(conversation, headers.getAcceptableLanguages()), uri);
    }
}
