package no.legekontor.portal.appointment;

import no.legekontor.support.problem.DomainProblem;

/** Attendance is recorded only for appointments that were kept booked: this one was cancelled. */
public class AppointmentIsCancelled extends DomainProblem {
    public AppointmentIsCancelled() {
        super(409, "appointment-cancelled");
    }
}
