package no.legekontor.portal.conversation;

import no.legekontor.portal.account.Clinic;

/**
 * R9 and R4: the portal is not for urgent matters; the patient must call. Every e-consultation
 * and office message must confirm that it is not urgent, and an appointment asked for as urgent is
 * refused: both 422 {@code urgent-not-supported}, naming the clinic's phone. (Text that only looks
 * urgent is accepted and flagged: {@link RedFlags}.)
 */
public final class UrgentMatters {

    private UrgentMatters() {
    }

    /** R9: a message to the clinic goes only when the patient confirmed it is not urgent. */
    public static void requireConfirmedNotUrgent(Boolean confirmNotUrgent, Clinic clinic) {
        if (!Boolean.TRUE.equals(confirmNotUrgent)) {
            throw new UrgentNotSupported(clinic.name, clinic.phone);
        }
    }

    /** R4: no urgent (emergency) appointments online. */
    public static void refuseUrgentBooking(Boolean urgent, Clinic clinic) {
        if (Boolean.TRUE.equals(urgent)) {
            throw new UrgentNotSupported(clinic.name, clinic.phone);
        }
    }
}
