package no.legekontor.portal.prescription;

import no.legekontor.support.problem.DomainProblem;

/** R5: only a prescription this clinic issued to the patient can be renewed here. */
public class NotRenewable extends DomainProblem {
    public NotRenewable(String clinicName, String clinicPhone) {
        super(422, "not-renewable", clinicName, clinicPhone);
    }
}
