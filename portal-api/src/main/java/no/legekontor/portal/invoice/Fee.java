package no.legekontor.portal.invoice;

import no.legekontor.shared.event.RequestSubmitted;

/**
 * What the patient pays for a service (R7, R12): an amount in whole kroner, and whether the
 * patient is exempt (a child pays 0 NOK, marked exempt). The portal's own value: the event a
 * submission sends carries it as {@link RequestSubmitted.Fee}.
 */
public record Fee(int amountNok, boolean exempt) {

    /** As the e-consultation's {@code RequestSubmitted} event states it. */
    public RequestSubmitted.Fee asEventFee() {
        return new RequestSubmitted.Fee(amountNok, exempt);
    }
}
