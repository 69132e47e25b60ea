package no.legekontor.inbox.item;

import no.legekontor.support.problem.DomainProblem;

/** A closed item is not answered, claimed or decided any more. */
public class ItemIsClosed extends DomainProblem {
    public ItemIsClosed() {
        super(409, "item-closed");
    }
}
