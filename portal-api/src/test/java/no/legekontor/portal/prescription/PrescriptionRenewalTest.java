package no.legekontor.portal.prescription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.UUID;
import no.legekontor.portal.account.Clinic;
import no.legekontor.portal.conversation.ConversationService;
import no.legekontor.shared.event.RequestType;
import org.junit.jupiter.api.Test;

/** R5: a renewal may be asked only for a prescription the patient's own clinic issued. */
class PrescriptionRenewalTest {

    static final UUID KARI = UUID.fromString("00000000-0000-4000-8000-000000000001");
    static final Clinic DEMO = clinic("910000004", "Demo Legesenter", "22 00 00 00");
    static final Clinic FJORD = clinic("920000002", "Fjord Legekontor", "33 00 00 00");

    @Test
    void aPrescriptionTheClinicIssuedIsRenewable() {
        assertThatCode(() -> new PrescriptionRenewal(levaxin(DEMO)).requireAllowed(DEMO)).doesNotThrowAnyException();
    }

    @Test
    void aPrescriptionFromAnotherClinicIsNotRenewableHere() {
        assertThatThrownBy(() -> new PrescriptionRenewal(levaxin(FJORD)).requireAllowed(DEMO))
                .isInstanceOf(NotRenewable.class);
    }

    @Test
    void anExpiredPrescriptionCanStillBeRenewed() {
        Prescription expired = levaxin(DEMO);
        expired.validUntil = LocalDate.of(2020, 1, 31);
        assertThatCode(() -> new PrescriptionRenewal(expired).requireAllowed(DEMO)).doesNotThrowAnyException();
    }

    @Test
    void theRequestIsAboutThePrescriptionAndItsPatient() {
        PrescriptionRenewal renewal = new PrescriptionRenewal(levaxin(DEMO));
        assertThat(renewal.about()).isEqualTo(ConversationService.About.PRESCRIPTION);
        assertThat(renewal.about().type()).isEqualTo(RequestType.PRESCRIPTION_RENEWAL);
        assertThat(renewal.patientId()).isEqualTo(KARI);
        assertThat(renewal.recordId()).isEqualTo(renewal.prescription().id);
        assertThat(renewal.aboutSickNote()).isNull();
    }

    @Test
    void withoutACommentThePatientAsksForTheMedicationByNameAndDosage() {
        PrescriptionRenewal renewal = new PrescriptionRenewal(levaxin(DEMO));
        assertThat(renewal.subject()).isEqualTo("Fornyelse av resept: Levaxin 50 mikrog");
        assertThat(renewal.defaultBody())
                .isEqualTo("Jeg ber om fornyelse av resepten på Levaxin 50 mikrog (1 tablett om morgenen), gyldig til 31.03.2027.");
    }

    @Test
    void theClinicSeesThePrescriptionAsIssued() {
        Prescription levaxin = levaxin(DEMO);
        assertThat(new PrescriptionRenewal(levaxin).aboutPrescription()).satisfies(shown -> {
            assertThat(shown.id()).isEqualTo(levaxin.id);
            assertThat(shown.medication()).isEqualTo("Levaxin 50 mikrog");
            assertThat(shown.dosage()).isEqualTo("1 tablett om morgenen");
            assertThat(shown.issuedOn()).isEqualTo(LocalDate.of(2026, 3, 31));
            assertThat(shown.validUntil()).isEqualTo(LocalDate.of(2027, 3, 31));
            assertThat(shown.prescriberHpr()).isEqualTo("9100001");
        });
    }

    static Prescription levaxin(Clinic issuer) {
        Prescription p = new Prescription();
        p.id = UUID.randomUUID();
        p.clinicOrg = issuer.orgNumber;
        p.patientId = KARI;
        p.medication = "Levaxin 50 mikrog";
        p.dosage = "1 tablett om morgenen";
        p.issuedOn = LocalDate.of(2026, 3, 31);
        p.validUntil = LocalDate.of(2027, 3, 31);
        p.prescriberHpr = "9100001";
        return p;
    }

    static Clinic clinic(String org, String name, String phone) {
        Clinic clinic = new Clinic();
        clinic.orgNumber = org;
        clinic.name = name;
        clinic.phone = phone;
        return clinic;
    }
}
