package no.legekontor.portal.integration;

import no.legekontor.portal.audit.LoggedRefusal;
import no.legekontor.support.problem.DomainProblem;

/**
 * R15: a person (or a practitioner) is registered at another clinic; a clinic changes only its own.
 * For a person, the answer tells the clinic that the person exists: it is in the person's access log.
 */
public class RegisteredElsewhere extends DomainProblem implements LoggedRefusal {
    public RegisteredElsewhere() {
        super(409, "registered-elsewhere");
    }
}
