package no.legekontor.portal.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import no.legekontor.devtools.SyntheticIds;
import no.legekontor.portal.account.Clinic;
import no.legekontor.portal.account.Patient;
import org.junit.jupiter.api.Test;

/** R7, R12: a consultation costs the clinic's fee; a child under 16 pays nothing, marked exempt. */
class CoPaymentTest {

    static final Clinic DEMO = clinic(224);

    static Clinic clinic(int feeNok) {
        Clinic clinic = new Clinic();
        clinic.orgNumber = "910000004";
        clinic.consultationFeeNok = feeNok;
        return clinic;
    }

    static Patient bornOn(LocalDate birthDate) {
        Patient patient = new Patient();
        patient.nationalId = SyntheticIds.synthetic(birthDate, 0);
        patient.birthDate = birthDate;
        return patient;
    }

    @Test
    void adultPaysTheClinicsConsultationFee() {
        assertThat(CoPayment.of(bornOn(LocalDate.of(1985, 3, 14)), DEMO, LocalDate.of(2026, 12, 7)))
                .isEqualTo(new Fee(224, false));
    }

    @Test
    void eachClinicSetsItsOwnFee() {
        assertThat(CoPayment.of(bornOn(LocalDate.of(1985, 3, 14)), clinic(180), LocalDate.of(2026, 12, 7)))
                .isEqualTo(new Fee(180, false));
    }

    @Test
    void childUnderSixteenPaysNothingAndIsMarkedExempt() {
        assertThat(CoPayment.of(bornOn(LocalDate.of(2016, 5, 9)), DEMO, LocalDate.of(2026, 12, 7)))
                .isEqualTo(new Fee(0, true));
    }

    @Test
    void childPaysFromTheSixteenthBirthday() {
        Patient child = bornOn(LocalDate.of(2010, 12, 7));
        assertThat(CoPayment.of(child, DEMO, LocalDate.of(2026, 12, 6))).isEqualTo(new Fee(0, true));
        assertThat(CoPayment.of(child, DEMO, LocalDate.of(2026, 12, 7))).isEqualTo(new Fee(224, false));
    }

    @Test
    void feeIsStatedInTheEventAsQuoted() {
        assertThat(new Fee(224, false).asEventFee().amountNok()).isEqualTo(224);
        assertThat(new Fee(0, true).asEventFee().exempt()).isTrue();
    }
}
