package no.legekontor.portal.conversation;

import no.legekontor.support.problem.DomainProblem;

/** R13: a closed conversation takes no follow-ups; a new request starts a new one. */
public class ConversationClosed extends DomainProblem {
    public ConversationClosed() {
        super(409, "conversation-closed");
    }
}
