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
 */
public record ItemClosed(
        UUID conversationId,
        UUID inboxItemId,
        OffsetDateTime closedAt) implements EventPayload {
}
