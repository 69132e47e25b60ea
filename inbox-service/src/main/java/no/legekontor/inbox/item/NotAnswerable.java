package no.legekontor.inbox.item;

import no.legekontor.support.problem.DomainProblem;

/** An appointment notice has no conversation to answer in (R4): the office closes it. */
public class NotAnswerable extends DomainProblem {
    public NotAnswerable() {
        super(422, "not-answerable");
    }
}
