package no.legekontor.portal.appointment;

import no.legekontor.support.problem.DomainProblem;

/**
 * R4: patients book only free future slots of their own GP that the clinic opened for online
 * booking. A slot of another GP, one kept for the phone, or one in the past is refused with this.
 */
public class SlotNotBookable extends DomainProblem {
    public SlotNotBookable(String clinicName, String clinicPhone) {
        super(422, "slot-not-bookable", clinicName, clinicPhone);
    }
}
