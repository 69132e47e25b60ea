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
 * @param itemState      the item after it stored the request or follow-up; null from older releases
 */
public record RequestReceived(
        UUID conversationId,
        UUID inboxItemId,
        OffsetDateTime receivedAt,
        OffsetDateTime replyDueBy,
        @Nullable ItemState itemState) implements EventPayload {

    /** Without the item's state, as a release before revisions wrote it. */
    public RequestReceived(UUID conversationId, UUID inboxItemId, OffsetDateTime receivedAt,
            OffsetDateTime replyDueBy) {
        this(conversationId, inboxItemId, receivedAt, replyDueBy, null);
    }
}
