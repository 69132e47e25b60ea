package no.legekontor.portal.conversation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import no.legekontor.shared.event.ItemState;

/**
 * A GP decided the renewal or extension asked for in the conversation (R14): fired (a CDI event)
 * by {@link InboxEventHandler}, the conversation's row locked, in the transaction that records the
 * inbox event as handled. The feature the request is about applies it and gives the conversation
 * its answer ({@link #answer}); then the patient is notified (order: {@link ClinicEvents}).
 *
 * @param prescriptionId the prescription asked to be renewed; null for a sick-note extension
 * @param validUntil     an approved renewal's last day, when the GP gave one
 * @param sickNoteId     the sick note asked to be extended
 * @param toDate         an approved extension's new last day
 * @param itemState      the clinic's state of the request, which the conversation follows
 */
public record ClinicDecided(Conversation conversation, UUID inboxItemId, UUID decisionId, boolean approved,
        String reason, String decidedBy, String decidedByHpr, Instant decidedAt, UUID prescriptionId,
        LocalDate validUntil, UUID sickNoteId, LocalDate toDate, ItemState itemState) {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    /** A renewal decision, as opposed to an extension's. */
    public boolean aboutPrescription() {
        return prescriptionId != null;
    }

    /**
     * The decision as the clinic's message in the conversation, the GP's reason below the
     * outcome; the conversation becomes ANSWERED, so that a new request can be made later.
     */
    public void answer(String outcome, Instant now) {
        String text = reason == null ? outcome : outcome + "\n\n" + reason;
        conversation.answeredByClinic(decisionId, text, decidedBy, decidedAt, itemState, now);
    }

    /** A day as the patient reads it in a decision: 05.03.2026. */
    public static String date(LocalDate day) {
        return DATE.format(day);
    }
}
