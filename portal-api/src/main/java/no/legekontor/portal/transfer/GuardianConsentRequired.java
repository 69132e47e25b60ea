package no.legekontor.portal.transfer;

import no.legekontor.support.problem.DomainProblem;

/** R15: a child under 16 does not answer a transfer itself; a current guardian does. */
public class GuardianConsentRequired extends DomainProblem {
    public GuardianConsentRequired(int age) {
        super(403, "guardian-consent-required", age);
    }
}
