package no.legekontor.portal.conversation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import java.util.function.Function;
import no.legekontor.shared.event.ItemState;

/**
 * A GP decided the renewal or extension asked for in the conversation (R14): fired (a CDI event)
 * by {@link InboxEventHandler}, the conversation's row locked, in the transaction that records the
 * inbox event as handled. The feature the request is about ({@link #about}) applies it and gives
 * the conversation its answer ({@link #settle}); then the patient is notified (order: {@link ClinicEvents}).
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

    /** What the decided request is about: a renewal names its prescription, an extension its sick note. */
    public ConversationService.About about() {
        return prescriptionId != null ? ConversationService.About.PRESCRIPTION : ConversationService.About.SICK_NOTE;
    }

    /**
     * Settles the decision in the feature the request is about: an approved one is applied
     * ({@code apply} answers what it changed, or null when the record cannot be changed: unknown,
     * or another clinic's), and the outcome becomes the clinic's answer in the conversation.
     */
    public <T> void settle(Function<ClinicDecided, T> apply, Answers<T> answers, Instant now) {
        T applied = approved ? apply.apply(this) : null;
        String outcome = !approved ? answers.rejected()
                : applied == null ? answers.approved() : answers.approvedAs().apply(applied);
        answer(outcome, now);
    }

    /**
     * How a feature words its decisions.
     *
     * @param rejected   a rejection (the GP's reason follows)
     * @param approved   an approval that changed nothing the patient can see
     * @param approvedAs an approval, from what it changed
     */
    public record Answers<T>(String rejected, String approved, Function<T, String> approvedAs) {
    }

    /**
     * The decision as the clinic's message in the conversation, the GP's reason below the
     * outcome; the conversation becomes ANSWERED, so that a new request can be made later.
     */
    void answer(String outcome, Instant now) {
        String text = reason == null ? outcome : outcome + "\n\n" + reason;
        conversation.answeredByClinic(decisionId, text, decidedBy, decidedAt, itemState, now);
    }

    /** A day as the patient reads it in a decision: 05.03.2026. */
    public static String date(LocalDate day) {
        return DATE.format(day);
    }
}
