package no.legekontor.shared.event;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A GP decided a prescription renewal or a sick-leave extension (R14). An approved renewal becomes
 * a new prescription; an approved extension moves the sick note's last day; a rejection carries its
 * reason. Exactly one of {@code prescriptionId} and {@code sickNoteId} is set.
 *
 * @param conversationId the patient's conversation
 * @param inboxItemId    the item decided; the portal names the new prescription after it
 * @param decisionId     unique per decision; the conversation's message about it has this id
 * @param outcome        approved or rejected
 * @param reason         the GP's reason; required for a rejection, optional otherwise (health data: never logged)
 * @param decidedBy      the GP's name as the patient sees it
 * @param decidedByHpr   the GP's HPR number; the new prescription's prescriber
 * @param decidedAt      when it was decided; its Oslo date is the new prescription's issue date
 * @param prescriptionId renewals: the prescription renewed; else null
 * @param validUntil     approved renewals: the new prescription's last valid day; else null
 * @param sickNoteId     extensions: the sick note; else null
 * @param toDate         approved extensions: the sick note's new last day; else null
 * @param itemState      the item after the decision; null from older releases
 */
public record DecisionMade(
        UUID conversationId,
        UUID inboxItemId,
        UUID decisionId,
        Outcome outcome,
        @Nullable String reason,
        String decidedBy,
        String decidedByHpr,
        OffsetDateTime decidedAt,
        @Nullable UUID prescriptionId,
        @Nullable LocalDate validUntil,
        @Nullable UUID sickNoteId,
        @Nullable LocalDate toDate,
        @Nullable ItemState itemState) implements EventPayload {

    /** Without the item's state, as a release before revisions wrote it. */
    public DecisionMade(UUID conversationId, UUID inboxItemId, UUID decisionId, Outcome outcome, String reason,
            String decidedBy, String decidedByHpr, OffsetDateTime decidedAt, UUID prescriptionId,
            LocalDate validUntil, UUID sickNoteId, LocalDate toDate) {
        this(conversationId, inboxItemId, decisionId, outcome, reason, decidedBy, decidedByHpr, decidedAt,
                prescriptionId, validUntil, sickNoteId, toDate, null);
    }

    /** What the GP decided. */
    public enum Outcome {
        APPROVED, REJECTED
    }

    public boolean approved() {
        return outcome == Outcome.APPROVED;
    }
}
