package no.legekontor.inbox.decision;

import no.legekontor.support.problem.DomainProblem;

/** A renewal or an extension is decided once; the patient sends a new request for a new decision. */
public class AlreadyDecided extends DomainProblem {
    public AlreadyDecided() {
        super(409, "already-decided");
    }
}
