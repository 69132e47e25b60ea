package no.legekontor.portal.sicknote;

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
import no.legekontor.portal.config.PortalConfig;
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
 * The patient's sick notes and extension requests (R10). Like renewals, an extension locks its
 * note's row so that one note has at most one open request.
 */
@ApplicationScoped
@Transactional
public class SickNoteService {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    @Inject
    PortalConfig config;

    @Inject
    ConversationService conversations;

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

    public Conversation requestExtension(PatientCaller caller, ExtensionRequest request) {
        Patient patient = caller.subject();
        SickNote note = em.find(SickNote.class, request.sickNoteId(), LockModeType.PESSIMISTIC_WRITE);
        if (note == null || !note.patientId.equals(patient.id)) {
            throw new NotFound();
        }
        Clinic clinic = Clinic.findById(patient.clinicOrg);
        int grace = config.sickNoteExtensionGraceDays();
        if (!note.extendableOn(today(), grace) || !request.requestedUntil().isAfter(note.toDate)) {
            throw new NotExtendable(grace, note.toDate, clinic.name, clinic.phone);
        }
        if (!conversations.awaitingClinic(ConversationService.About.SICK_NOTE,
                List.of(note.id)).isEmpty()) {
            throw new DuplicateRequest();
        }
        String comment = request.comment() == null ? "" : request.comment().strip();
        String until = DATE.format(request.requestedUntil());
        String body = comment.isEmpty()
                ? "Jeg ber om at sykmeldingen (" + note.gradePercent + " %, " + DATE.format(note.fromDate) + "–"
                        + DATE.format(note.toDate) + ") forlenges til " + until + "."
                : comment;
        RequestSubmitted.SickNote about = new RequestSubmitted.SickNote(note.id, note.fromDate, note.toDate,
                note.gradePercent, request.requestedUntil());
        return conversations.open(new ConversationService.NewRequest(patient, caller.self(), clinic,
                RequestType.SICK_LEAVE_EXTENSION, "Forlengelse av sykmelding til " + until, body, null, null,
                about));
    }

    private LocalDate today() {
        return BusinessCalendar.today(clock);
    }
}
