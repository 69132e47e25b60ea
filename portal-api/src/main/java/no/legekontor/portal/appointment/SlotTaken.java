package no.legekontor.portal.appointment;

import no.legekontor.support.problem.DomainProblem;

/** R4: one slot is booked by at most one patient; someone else was first. */
public class SlotTaken extends DomainProblem {
    public SlotTaken() {
        super(409, "slot-taken");
    }
}
