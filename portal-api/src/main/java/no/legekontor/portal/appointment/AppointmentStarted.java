package no.legekontor.portal.appointment;

import no.legekontor.support.problem.DomainProblem;

/** R4: an appointment can be cancelled online until it starts; after that, call the clinic. */
public class AppointmentStarted extends DomainProblem {
    public AppointmentStarted(String clinicName, String clinicPhone) {
        super(409, "appointment-started", clinicName, clinicPhone);
    }
}
