package no.legekontor.portal.integration;

import no.legekontor.support.problem.DomainProblem;

/** R15: a person is registered at another clinic; a clinic changes only its own. */
public class RegisteredElsewhere extends DomainProblem {
    public RegisteredElsewhere() {
        super(409, "registered-elsewhere");
    }
}
