package no.legekontor.portal.conversation;

import java.time.Instant;
import java.util.UUID;

/**
 * The clinic's reply reached the patient's conversation: fired (a CDI event) by
 * {@link InboxEventHandler} once the conversation has the reply, its row locked, in the
 * transaction that records the inbox event as handled. Observers run in the order of
 * {@link ClinicEvents}.
 *
 * @param authorRole the author's role in the clinic ({@code gp} for a GP)
 */
public record ClinicReplied(Conversation conversation, UUID replyId, String author, String authorHpr,
        String authorRole, Instant sentAt) {
}
