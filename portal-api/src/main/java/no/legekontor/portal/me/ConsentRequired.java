package no.legekontor.portal.me;

import no.legekontor.support.problem.DomainProblem;

/** R2: full access must be consented to. */
public class ConsentRequired extends DomainProblem {
    public ConsentRequired() {
        super(422, "consent-required");
    }
}
