package no.legekontor.portal.conversation;

import no.legekontor.support.messaging.RefusedEvent;

/**
 * An inbox event names records that are not its conversation's: a clinic that is not the
 * conversation's clinic, a prescription or sick note that is not the one the patient asked about
 * or not the patient's. Anyone who could write to the topic could otherwise answer, close or
 * decide another clinic's conversations, or renew another patient's prescription; such an event is
 * dead-lettered with this rule as its reason and nothing of it is applied.
 */
public class NotTheConversations extends RefusedEvent {

    /** @param what what the event names, e.g. "clinic" or "prescription" */
    public NotTheConversations(String what) {
        super("the event's " + what + " is not its conversation's");
    }
}
