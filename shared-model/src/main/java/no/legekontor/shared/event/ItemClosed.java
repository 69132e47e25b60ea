package no.legekontor.shared.event;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The clinic closed the inbox item of a conversation: nothing more will happen, and the patient's
 * conversation becomes {@code CLOSED} (no more follow-ups).
 *
 * @param conversationId the patient's conversation
 * @param inboxItemId    the item in the clinic's inbox
 * @param closedAt       when it was closed
 * @param itemState      the item after it was closed; null from older releases
 */
public record ItemClosed(
        UUID conversationId,
        UUID inboxItemId,
        OffsetDateTime closedAt,
        @Nullable ItemState itemState) implements EventPayload {

    /** Without the item's state, as a release before revisions wrote it. */
    public ItemClosed(UUID conversationId, UUID inboxItemId, OffsetDateTime closedAt) {
        this(conversationId, inboxItemId, closedAt, null);
    }
}
