package no.legekontor.portal.econsultation;

import no.legekontor.support.problem.DomainProblem;

/** R7: an e-consultation costs the same as a consultation, and the patient must accept that first. */
public class FeeNotAccepted extends DomainProblem {
    public FeeNotAccepted(int amountNok) {
        super(422, "fee-not-accepted", amountNok);
    }
}
