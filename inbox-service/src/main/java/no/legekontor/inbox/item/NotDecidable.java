package no.legekontor.inbox.item;

import no.legekontor.support.problem.DomainProblem;

/** Only prescription renewals and sick-leave extensions are decided (R14); the rest are answered. */
public class NotDecidable extends DomainProblem {
    public NotDecidable() {
        super(422, "not-decidable");
    }
}
