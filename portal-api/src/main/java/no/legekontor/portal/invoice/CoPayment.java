package no.legekontor.portal.invoice;

import java.time.LocalDate;
import no.legekontor.portal.account.Clinic;
import no.legekontor.portal.account.Patient;

/**
 * What a patient pays the GP for a consultation or an e-consultation (R7, R12): the clinic's
 * consultation fee, and nothing for a child under 16 (no co-payment at the GP), marked exempt.
 */
public final class CoPayment {

    /** Children under this age pay no co-payment at the GP. */
    public static final int EXEMPT_BELOW_AGE = 16;

    private CoPayment() {
    }

    /** The fee for a service to the patient on the given day (Oslo date). */
    public static Fee of(Patient patient, Clinic clinic, LocalDate on) {
        boolean child = patient.nationalId().ageOn(on) < EXEMPT_BELOW_AGE;
        return child ? new Fee(0, true) : new Fee(clinic.consultationFeeNok, false);
    }
}
