package no.legekontor.shared.event;

/** What a patient asks the clinic for; each becomes a conversation of that type. */
public enum RequestType {
    /** A message to the GP, paid like a consultation (seed: e-konsultasjon). */
    E_CONSULTATION,
    /** A message to the office, mostly answered the same day. */
    OFFICE_MESSAGE,
    /** A request to renew a prescription the clinic issued earlier. */
    PRESCRIPTION_RENEWAL,
    /** A request to extend an existing sick note. */
    SICK_LEAVE_EXTENSION
}
