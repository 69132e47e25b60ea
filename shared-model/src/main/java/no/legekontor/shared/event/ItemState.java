package no.legekontor.shared.event;

import java.time.OffsetDateTime;

/**
 * The state of a conversation's inbox item after a change, as the patient's side shows it. Events
 * from the inbox carry it so that the portal follows the clinic's latest state, not the order in
 * which events arrive: two events of one item can be produced by two staff at once, and a follow-up
 * can cross a reply on its way.
 *
 * <p>The portal applies a state only when its {@code revision} is newer than the last one it
 * applied, and shows its status only once the clinic has seen every message the patient sent
 * ({@code patientMessages}); until then the conversation waits for the clinic with the follow-up's
 * deadline. An optional field of the events that carry it: an event without it comes from a
 * release before revisions.
 *
 * @param revision        the item's revision: raised by every change of the item, in the order
 *                        the inbox made them (one row lock orders them)
 * @param status          the item's status after the change
 * @param replyDueBy      the deadline the inbox keeps; null for items without one
 * @param targetBy        office messages: the office's aim; else null
 * @param possiblyUrgent  whether any of the patient's messages looked urgent
 * @param patientMessages how many messages from the patient the item holds (the request and its
 *                        follow-ups)
 */
public record ItemState(
        long revision,
        Status status,
        @Nullable OffsetDateTime replyDueBy,
        @Nullable OffsetDateTime targetBy,
        boolean possiblyUrgent,
        int patientMessages) {

    /** Where the item is in the clinic's work. */
    public enum Status {
        OPEN, ANSWERED, CLOSED
    }
}
