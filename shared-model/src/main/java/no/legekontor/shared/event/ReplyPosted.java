package no.legekontor.shared.event;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Clinic staff answered a request.
 *
 * @param conversationId the patient's conversation
 * @param replyId        unique per reply; the portal stores each reply once
 * @param body           the answer (health data: never logged)
 * @param author         the author's name as the patient sees it
 * @param authorHpr      the author's HPR number
 * @param authorRole     {@code gp} or {@code office}
 * @param sentAt         when the reply was posted
 * @param itemState      the item after the reply; null from older releases
 */
public record ReplyPosted(
        UUID conversationId,
        UUID replyId,
        String body,
        String author,
        String authorHpr,
        String authorRole,
        OffsetDateTime sentAt,
        @Nullable ItemState itemState) implements EventPayload {

    /** Without the item's state, as a release before revisions wrote it. */
    public ReplyPosted(UUID conversationId, UUID replyId, String body, String author, String authorHpr,
            String authorRole, OffsetDateTime sentAt) {
        this(conversationId, replyId, body, author, authorHpr, authorRole, sentAt, null);
    }
}
