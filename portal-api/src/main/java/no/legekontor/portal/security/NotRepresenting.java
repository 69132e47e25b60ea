package no.legekontor.portal.security;

import no.legekontor.support.problem.DomainProblem;

/** R11: the caller is not registered as guardian of the person named in On-Behalf-Of. */
public class NotRepresenting extends DomainProblem {
    public NotRepresenting() {
        super(403, "not-representing");
    }
}
