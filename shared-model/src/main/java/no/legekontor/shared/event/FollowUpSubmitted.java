package no.legekontor.shared.event;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The patient wrote again in an existing conversation (R13): the clinic's item reopens with a new
 * deadline counted from the follow-up. No new fee.
 *
 * @param conversationId the patient's conversation
 * @param messageId      unique per follow-up; the inbox stores each once
 * @param body           the patient's text (health data: never logged)
 * @param submittedAt    when the portal accepted it
 * @param replyDueBy     the new promised answer time (5 business days from the follow-up)
 * @param targetBy       office messages: the office's new aim (16:00, R8); else null
 * @param possiblyUrgent the text matched a red-flag phrase
 * @param submittedBy    who wrote it: the patient, or a guardian on the patient's behalf
 */
public record FollowUpSubmitted(
        UUID conversationId,
        UUID messageId,
        String body,
        OffsetDateTime submittedAt,
        OffsetDateTime replyDueBy,
        @Nullable OffsetDateTime targetBy,
        boolean possiblyUrgent,
        RequestSubmitted.Person submittedBy) implements EventPayload {
}
