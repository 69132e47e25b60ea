package no.legekontor.shared.event;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The clinic's inbox has stored a request: the patient's conversation moves to RECEIVED.
 *
 * @param conversationId the patient's conversation
 * @param inboxItemId    the item in the clinic's inbox
 * @param receivedAt     when the inbox stored it
 * @param replyDueBy     the deadline the inbox tracks
 */
public record RequestReceived(
        UUID conversationId,
        UUID inboxItemId,
        OffsetDateTime receivedAt,
        OffsetDateTime replyDueBy) implements EventPayload {
}
