package no.legekontor.shared.event;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Clinic staff opened the inbox item of a conversation for the first time (a read receipt, R13).
 * Published once per item; the patient's conversation shows {@code readByClinicAt}.
 *
 * @param conversationId the patient's conversation
 * @param inboxItemId    the item in the clinic's inbox
 * @param readAt         when staff first opened it
 */
public record ItemRead(
        UUID conversationId,
        UUID inboxItemId,
        OffsetDateTime readAt) implements EventPayload {
}
