package no.legekontor.shared.event;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A request is due soon: it is still open on the business day before its deadline's day (R8).
 * Published by the inbox's deadline monitor once per item and deadline (a follow-up that reopens
 * the item with a new deadline may be announced again). Carries no health content; the clinic is
 * the envelope's {@code clinicId}.
 *
 * @param conversationId the patient's conversation
 * @param inboxItemId    the item in the clinic's inbox
 * @param replyDueBy     the deadline that is near
 * @param announcedAt    when the monitor found it due soon
 */
public record RequestDueSoon(
        UUID conversationId,
        UUID inboxItemId,
        OffsetDateTime replyDueBy,
        OffsetDateTime announcedAt) implements EventPayload {
}
