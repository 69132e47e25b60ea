package no.legekontor.support.messaging;

/**
 * A handler's refusal of an event that breaks a rule of the consumer's own records (an inbox event
 * for another clinic's conversation, say): the event is dead-lettered at once with this message
 * as its reason ({@link EventConsumption}), not retried, and nothing of it is applied. The message
 * names the rule only, never content (national ids, message bodies).
 */
public class RefusedEvent extends RuntimeException {

    public RefusedEvent(String rule) {
        super(rule);
    }
}
