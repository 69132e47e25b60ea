package no.legekontor.shared.event;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A request is overdue: its deadline has passed and it is still open (R8). Published by the
 * inbox's deadline monitor once per item and deadline, also with several replicas running (a
 * follow-up that reopens the item with a new deadline may be announced again). Carries no health
 * content; the clinic is the envelope's {@code clinicId}.
 *
 * @param conversationId the patient's conversation
 * @param inboxItemId    the item in the clinic's inbox
 * @param replyDueBy     the deadline that passed
 * @param announcedAt    when the monitor found it overdue (within a minute of the deadline while it runs)
 */
public record RequestOverdue(
        UUID conversationId,
        UUID inboxItemId,
        OffsetDateTime replyDueBy,
        OffsetDateTime announcedAt) implements EventPayload {
}
