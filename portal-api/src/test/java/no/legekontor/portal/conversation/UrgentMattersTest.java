package no.legekontor.portal.conversation;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import no.legekontor.portal.account.Clinic;
import org.junit.jupiter.api.Test;

/** R9, R4: urgent matters are for the phone, not the portal. */
class UrgentMattersTest {

    static final Clinic DEMO = demo();

    @Test
    void aMessageNotConfirmedAsNotUrgentIsRefused() {
        assertThatThrownBy(() -> UrgentMatters.requireConfirmedNotUrgent(false, DEMO))
                .isInstanceOf(UrgentNotSupported.class);
        assertThatThrownBy(() -> UrgentMatters.requireConfirmedNotUrgent(null, DEMO))
                .isInstanceOf(UrgentNotSupported.class);
    }

    @Test
    void aMessageConfirmedAsNotUrgentGoes() {
        assertThatCode(() -> UrgentMatters.requireConfirmedNotUrgent(true, DEMO)).doesNotThrowAnyException();
    }

    @Test
    void anUrgentBookingIsRefused() {
        assertThatThrownBy(() -> UrgentMatters.refuseUrgentBooking(true, DEMO)).isInstanceOf(UrgentNotSupported.class);
    }

    @Test
    void aBookingNotMarkedUrgentGoes() {
        assertThatCode(() -> UrgentMatters.refuseUrgentBooking(false, DEMO)).doesNotThrowAnyException();
        assertThatCode(() -> UrgentMatters.refuseUrgentBooking(null, DEMO)).doesNotThrowAnyException();
    }

    static Clinic demo() {
        Clinic clinic = new Clinic();
        clinic.orgNumber = "910000004";
        clinic.name = "Demo Legesenter";
        clinic.phone = "22 00 00 00";
        return clinic;
    }
}
