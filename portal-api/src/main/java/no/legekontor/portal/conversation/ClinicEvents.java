package no.legekontor.portal.conversation;

import jakarta.interceptor.Interceptor;

/**
 * The order in which features observe what the clinic did ({@link ClinicReplied},
 * {@link ClinicDecided}), all in {@link InboxEventHandler}'s transaction: first what the answer
 * changes in the feature it is about (the invoice, the renewed prescription, the extended sick
 * note, the decision's message in the conversation), then the patient's notification of it. Use
 * as {@code @Observes @Priority(ClinicEvents.CONSEQUENCES)}.
 */
public final class ClinicEvents {

    /** What the clinic's answer changes in a feature. */
    public static final int CONSEQUENCES = Interceptor.Priority.APPLICATION;
    /** The patient's notification of the answer: after every consequence. */
    public static final int NOTICE = Interceptor.Priority.APPLICATION + 100;

    private ClinicEvents() {
    }
}
