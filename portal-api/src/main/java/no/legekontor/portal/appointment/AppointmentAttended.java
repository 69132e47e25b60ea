package no.legekontor.portal.appointment;

import no.legekontor.portal.account.Patient;

/**
 * The clinic system recorded that the patient came to the appointment: fired (a CDI event) in the
 * transaction of the recording, so that what follows from it (the invoice of R12) is part of it.
 * Fired again when the same attendance is recorded again: observers act once.
 */
public record AppointmentAttended(Appointment appointment, Slot slot, Patient patient) {
}
