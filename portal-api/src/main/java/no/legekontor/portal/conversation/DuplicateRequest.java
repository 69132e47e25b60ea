package no.legekontor.portal.conversation;

import no.legekontor.support.problem.DomainProblem;

/** R5: the same thing is already asked for and not yet answered (a renewal, an extension). */
public class DuplicateRequest extends DomainProblem {
    public DuplicateRequest() {
        super(409, "duplicate-request");
    }
}
