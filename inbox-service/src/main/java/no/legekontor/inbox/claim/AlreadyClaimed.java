package no.legekontor.inbox.claim;

import no.legekontor.support.problem.DomainProblem;

/** Someone else is working on the item; {@code assignee} names them. */
public class AlreadyClaimed extends DomainProblem {
    public AlreadyClaimed() {
        super(409, "already-claimed");
    }
}
