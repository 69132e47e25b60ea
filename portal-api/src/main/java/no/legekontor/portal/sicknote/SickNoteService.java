package no.legekontor.portal.sicknote;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import no.legekontor.portal.config.PortalConfig;
import no.legekontor.portal.conversation.Conversation;
import no.legekontor.portal.conversation.ConversationService;
import no.legekontor.portal.conversation.RecordRequests;
import no.legekontor.portal.security.PatientCaller;
import no.legekontor.shared.calendar.BusinessCalendar;
import no.legekontor.support.paging.Page;
import no.legekontor.support.paging.PageRequest;
import no.legekontor.support.paging.PagedQuery;

/**
 * The patient's sick notes and extension requests (R10). Like renewals, an extension locks its
 * note's row so that one note has at most one open request; {@link RecordRequests} runs the rest
 * of the flow.
 */
@ApplicationScoped
@Transactional
public class SickNoteService {

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    @Inject
    PortalConfig config;

    @Inject
    ConversationService conversations;

    @Inject
    RecordRequests recordRequests;

    /** The patient's sick notes, the latest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<SickNoteView> list(UUID patientId, PageRequest paging) {
        LocalDate today = today();
        Page<SickNote> page = PagedQuery.page(em, SickNote.class, "sick_note e", "e.patient_id = :patient",
                "e.to_date desc, e.id", Map.of("patient", patientId), paging);
        Map<UUID, UUID> open = conversations.awaitingClinic(ConversationService.About.SICK_NOTE,
                page.items().stream().map(n -> n.id).toList());
        return page.map(n -> SickNoteView.of(n, today, config.sickNoteExtensionGraceDays(), open.get(n.id)));
    }

    /** Asks the GP to extend the sick note (R10), through the flow every request about a record takes. */
    public Conversation requestExtension(PatientCaller caller, ExtensionRequest request) {
        SickLeaveExtension extension = SickNote.<SickNote>findByIdOptional(request.sickNoteId(),
                        LockModeType.PESSIMISTIC_WRITE)
                .map(note -> new SickLeaveExtension(note, request.requestedUntil(), today(),
                        config.sickNoteExtensionGraceDays()))
                .orElse(null);
        return recordRequests.send(caller, extension, request.comment());
    }

    private LocalDate today() {
        return BusinessCalendar.today(clock);
    }
}
