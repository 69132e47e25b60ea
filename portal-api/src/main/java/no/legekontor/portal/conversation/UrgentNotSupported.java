package no.legekontor.portal.conversation;

import no.legekontor.support.problem.DomainProblem;

/** R4 and R9: urgent matters are not for the portal; the patient must call. */
public class UrgentNotSupported extends DomainProblem {
    public UrgentNotSupported(String clinicName, String clinicPhone) {
        super(422, "urgent-not-supported", clinicName, clinicPhone);
    }
}
