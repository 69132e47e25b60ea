package no.legekontor.portal.security;

import no.legekontor.support.problem.DomainProblem;

/** R2: with the default "basis" access nothing can be sent to the clinic; "full" must be chosen. */
public class FullAccessRequired extends DomainProblem {
    public FullAccessRequired() {
        super(403, "full-access-required");
    }
}
