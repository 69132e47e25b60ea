package no.legekontor.support.problem;

/**
 * A valid token of the wrong kind for this endpoint: a patient's token on the staff API, a clinic
 * system's on a patient endpoint, a staff token without a role. The answer names the login needed.
 */
public class WrongTokenKind extends DomainProblem {
    public WrongTokenKind(Login needed) {
        super(403, "wrong-token-kind", needed);
    }
}
