package no.legekontor.portal.prescription;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.legekontor.portal.account.Clinic;
import no.legekontor.portal.account.Patient;
import no.legekontor.portal.conversation.Conversation;
import no.legekontor.portal.conversation.ConversationService;
import no.legekontor.portal.conversation.DuplicateRequest;
import no.legekontor.portal.security.PatientCaller;
import no.legekontor.shared.calendar.BusinessCalendar;
import no.legekontor.shared.event.RequestSubmitted;
import no.legekontor.shared.event.RequestType;
import no.legekontor.support.paging.Page;
import no.legekontor.support.paging.PageRequest;
import no.legekontor.support.paging.PagedQuery;
import no.legekontor.support.problem.NotFound;

/**
 * The patient's prescriptions and renewal requests (R5). A renewal locks its prescription's row
 * first, so that of ten requests racing for one prescription exactly one opens a conversation and
 * the others find it open (409); a partial unique index is the backstop.
 */
@ApplicationScoped
@Transactional
public class PrescriptionService {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    @Inject
    ConversationService conversations;

    /** The patient's prescriptions, the longest valid first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<PrescriptionView> list(UUID patientId, PageRequest paging) {
        LocalDate today = BusinessCalendar.today(clock);
        Page<Prescription> page = PagedQuery.page(em, Prescription.class, "prescription e", "e.patient_id = :patient",
                "e.valid_until desc, e.issued_on desc, e.id", Map.of("patient", patientId), paging);
        Map<UUID, UUID> open = conversations.awaitingClinic(ConversationService.About.PRESCRIPTION,
                page.items().stream().map(p -> p.id).toList());
        return page.map(p -> PrescriptionView.of(p, today, open.get(p.id)));
    }

    public Conversation requestRenewal(PatientCaller caller, RenewalRequest request) {
        Patient patient = caller.subject();
        Prescription prescription = em.find(Prescription.class, request.prescriptionId(),
                LockModeType.PESSIMISTIC_WRITE);
        if (prescription == null || !prescription.patientId.equals(patient.id)) {
            throw new NotFound();
        }
        Clinic clinic = Clinic.findById(patient.clinicOrg);
        if (!prescription.clinicOrg.equals(patient.clinicOrg)) {
            throw new NotRenewable(clinic.name, clinic.phone);
        }
        if (!conversations.awaitingClinic(ConversationService.About.PRESCRIPTION,
                List.of(prescription.id)).isEmpty()) {
            throw new DuplicateRequest();
        }
        String comment = request.comment() == null ? "" : request.comment().strip();
        String body = comment.isEmpty()
                ? "Jeg ber om fornyelse av resepten på " + prescription.medication + " (" + prescription.dosage
                        + "), gyldig til " + DATE.format(prescription.validUntil) + "."
                : comment;
        RequestSubmitted.Prescription about = new RequestSubmitted.Prescription(prescription.id,
                prescription.medication, prescription.dosage, prescription.issuedOn, prescription.validUntil,
                prescription.prescriberHpr);
        return conversations.open(new ConversationService.NewRequest(patient, caller.self(), clinic,
                RequestType.PRESCRIPTION_RENEWAL, "Fornyelse av resept: " + prescription.medication, body, null,
                about, null));
    }
}
