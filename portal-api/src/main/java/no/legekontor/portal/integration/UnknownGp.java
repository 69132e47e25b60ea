package no.legekontor.portal.integration;

import no.legekontor.support.problem.DomainProblem;

/** The GP named is not a GP at the caller's clinic. */
public class UnknownGp extends DomainProblem {
    public UnknownGp() {
        super(422, "unknown-gp");
    }
}
