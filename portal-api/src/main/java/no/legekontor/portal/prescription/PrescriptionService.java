package no.legekontor.portal.prescription;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import no.legekontor.portal.conversation.Conversation;
import no.legekontor.portal.conversation.ConversationService;
import no.legekontor.portal.conversation.RecordRequests;
import no.legekontor.portal.security.PatientCaller;
import no.legekontor.shared.calendar.BusinessCalendar;
import no.legekontor.support.paging.Page;
import no.legekontor.support.paging.PageRequest;
import no.legekontor.support.paging.PagedQuery;

/**
 * The patient's prescriptions and renewal requests (R5). A renewal locks its prescription's row
 * first, so that of ten requests racing for one prescription exactly one opens a conversation and
 * the others find it open (409); {@link RecordRequests} runs the rest of the flow.
 */
@ApplicationScoped
@Transactional
public class PrescriptionService {

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    @Inject
    ConversationService conversations;

    @Inject
    RecordRequests recordRequests;

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

    /** Asks the GP to renew the prescription (R5), through the flow every request about a record takes. */
    public Conversation requestRenewal(PatientCaller caller, RenewalRequest request) {
        PrescriptionRenewal renewal = Prescription.<Prescription>findByIdOptional(request.prescriptionId(),
                LockModeType.PESSIMISTIC_WRITE).map(PrescriptionRenewal::new).orElse(null);
        return recordRequests.send(caller, renewal, request.comment());
    }
}
