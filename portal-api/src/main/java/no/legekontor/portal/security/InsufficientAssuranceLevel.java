package no.legekontor.portal.security;

import no.legekontor.support.problem.DomainProblem;

/** R1: the login was not BankID on level 4 (for example BankID for online banking only). */
public class InsufficientAssuranceLevel extends DomainProblem {
    public InsufficientAssuranceLevel() {
        super(403, "insufficient-assurance-level");
    }
}
