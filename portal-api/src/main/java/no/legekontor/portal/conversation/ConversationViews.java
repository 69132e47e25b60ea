package no.legekontor.portal.conversation;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import no.legekontor.shared.event.RequestType;
import no.legekontor.support.time.OsloTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The conversation as the apps see it (wire names of the OpenAPI document). */
public final class ConversationViews {

    private ConversationViews() {
    }

    /** 201 with the new conversation, and its address in {@code Location}. */
    public static Response created(Conversation conversation, String urgentAdvice, UriInfo uri) {
        return Response.created(uri.getBaseUriBuilder().path("api/v1/conversations/{id}").build(conversation.id))
                .entity(Detail.of(conversation, urgentAdvice))
                .build();
    }

    /** A conversation in a list: no messages. */
    @Schema(name = "ConversationSummary")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Summary(UUID id, RequestType type, Conversation.Status status, String subject,
            OffsetDateTime replyDueBy,
            @Schema(description = "Office messages: the office aims to answer by then (16:00 the same or next "
                    + "business day)") OffsetDateTime targetBy,
            OffsetDateTime createdAt, OffsetDateTime updatedAt, boolean possiblyUrgent, Fee fee, Regarding regarding,
            @Schema(description = "When clinic staff first opened it; absent until then") OffsetDateTime readByClinicAt) {

        static Summary of(Conversation c) {
            return new Summary(c.id, c.type, c.status, c.subject, OsloTime.of(c.replyDueBy), OsloTime.of(c.targetBy),
                    OsloTime.of(c.createdAt), OsloTime.of(c.updatedAt), c.possiblyUrgent, Fee.of(c),
                    Regarding.of(c), OsloTime.of(c.readByClinicAt));
        }
    }

    /** A whole conversation with its messages, oldest first. */
    @Schema(name = "Conversation")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Detail(UUID id, RequestType type, Conversation.Status status, String subject,
            OffsetDateTime replyDueBy,
            @Schema(description = "Office messages: the office aims to answer by then (16:00 the same or next "
                    + "business day)") OffsetDateTime targetBy,
            OffsetDateTime createdAt, OffsetDateTime updatedAt, boolean possiblyUrgent,
            @Schema(description = "Present when the text looks urgent: call instead of waiting for an answer")
            String urgentAdvice,
            Fee fee, Regarding regarding,
            @Schema(description = "When clinic staff first opened it; absent until then") OffsetDateTime readByClinicAt,
            List<Message> messages) {

        public static Detail of(Conversation c, String urgentAdvice) {
            return new Detail(c.id, c.type, c.status, c.subject, OsloTime.of(c.replyDueBy), OsloTime.of(c.targetBy),
                    OsloTime.of(c.createdAt), OsloTime.of(c.updatedAt), c.possiblyUrgent, urgentAdvice, Fee.of(c),
                    Regarding.of(c), OsloTime.of(c.readByClinicAt), c.messages.stream().map(Message::of).toList());
        }
    }

    /** One message; {@code from} is PATIENT or CLINIC. */
    @Schema(name = "ConversationMessage")
    public record Message(ConversationMessage.Sender from, String body, OffsetDateTime sentAt, String author) {

        static Message of(ConversationMessage m) {
            return new Message(m.sender, m.body, OsloTime.of(m.sentAt), m.author);
        }
    }

    /** The fee the patient accepted; absent when none applies. */
    @Schema(name = "Fee")
    public record Fee(int amountNok, boolean exempt) {

        static Fee of(Conversation c) {
            return c.feeAmountNok == null ? null : new Fee(c.feeAmountNok, Boolean.TRUE.equals(c.feeExempt));
        }
    }

    /** What a renewal or an extension is about; absent for messages. */
    @Schema(name = "ConversationRegarding")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Regarding(
            @Schema(description = "Renewals: the prescription") UUID prescriptionId,
            @Schema(description = "Extensions: the sick note") UUID sickNoteId,
            @Schema(description = "Extensions: the new last day asked for") LocalDate requestedUntil) {

        static Regarding of(Conversation c) {
            return c.prescriptionId == null && c.sickNoteId == null ? null
                    : new Regarding(c.prescriptionId, c.sickNoteId, c.requestedUntil);
        }
    }
}
