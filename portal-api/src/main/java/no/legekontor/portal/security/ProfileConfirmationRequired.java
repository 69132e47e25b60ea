package no.legekontor.portal.security;

import no.legekontor.support.problem.DomainProblem;

/** R3: contact details and notification settings must be confirmed every 18 months. */
public class ProfileConfirmationRequired extends DomainProblem {
    public ProfileConfirmationRequired(int months) {
        super(403, "profile-confirmation-required", months);
    }
}
