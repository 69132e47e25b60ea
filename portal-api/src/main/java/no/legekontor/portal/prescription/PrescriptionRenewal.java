package no.legekontor.portal.prescription;

import java.time.format.DateTimeFormatter;
import java.util.UUID;
import no.legekontor.portal.account.Clinic;
import no.legekontor.portal.conversation.ConversationService;
import no.legekontor.portal.conversation.RecordRequest;
import no.legekontor.shared.event.RequestSubmitted;

/**
 * R5: a patient asks the GP to renew a prescription they got earlier. Only a prescription the
 * patient's own clinic issued can be renewed here (else 422 {@code not-renewable}); the rest of
 * the flow (whose it is, one open request) is {@link no.legekontor.portal.conversation.RecordRequests}'.
 *
 * @param prescription the prescription to renew, its row locked
 */
public record PrescriptionRenewal(Prescription prescription) implements RecordRequest {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    @Override
    public ConversationService.About about() {
        return ConversationService.About.PRESCRIPTION;
    }

    @Override
    public UUID recordId() {
        return prescription.id;
    }

    @Override
    public UUID patientId() {
        return prescription.patientId;
    }

    /** Issued by the patient's clinic: a prescription from elsewhere is renewed where it was issued. */
    @Override
    public void requireAllowed(Clinic clinic) {
        if (!prescription.clinicOrg.equals(clinic.orgNumber)) {
            throw new NotRenewable(clinic.name, clinic.phone);
        }
    }

    @Override
    public String subject() {
        return "Fornyelse av resept: " + prescription.medication;
    }

    @Override
    public String defaultBody() {
        return "Jeg ber om fornyelse av resepten på " + prescription.medication + " (" + prescription.dosage
                + "), gyldig til " + DATE.format(prescription.validUntil) + ".";
    }

    @Override
    public RequestSubmitted.Prescription aboutPrescription() {
        return new RequestSubmitted.Prescription(prescription.id, prescription.medication, prescription.dosage,
                prescription.issuedOn, prescription.validUntil, prescription.prescriberHpr);
    }
}
