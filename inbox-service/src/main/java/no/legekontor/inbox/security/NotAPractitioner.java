package no.legekontor.inbox.security;

import no.legekontor.support.problem.DomainProblem;

/**
 * A valid staff token whose HPR number is not a practitioner of the token's clinic in the token's
 * role (never registered there, removed, or registered in the other role).
 */
public class NotAPractitioner extends DomainProblem {
    public NotAPractitioner() {
        super(403, "not-a-practitioner");
    }
}
