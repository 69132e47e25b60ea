package no.legekontor.portal.security;

import no.legekontor.support.problem.DomainProblem;

/** The person logged in is on no GP list of a clinic that uses this service. */
public class NotRegistered extends DomainProblem {
    public NotRegistered() {
        super(403, "not-registered");
    }
}
