package no.legekontor.portal.appointment;

import no.legekontor.support.problem.DomainProblem;

/** R16: the patient holds as many future bookings as allowed; cancel one to book another. */
public class BookingLimit extends DomainProblem {
    public BookingLimit(int limit) {
        super(409, "booking-limit", limit);
    }
}
