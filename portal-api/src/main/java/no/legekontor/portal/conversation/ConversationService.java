package no.legekontor.portal.conversation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.legekontor.portal.account.Clinic;
import no.legekontor.portal.account.Patient;
import no.legekontor.portal.audit.AuditLog;
import no.legekontor.portal.deadline.ReplyDeadlines;
import no.legekontor.shared.event.EventEnvelope;
import no.legekontor.shared.event.FollowUpSubmitted;
import no.legekontor.shared.event.RequestSubmitted;
import no.legekontor.shared.event.RequestType;
import no.legekontor.shared.event.Topics;
import no.legekontor.support.outbox.Outbox;
import no.legekontor.support.paging.Page;
import no.legekontor.support.paging.PageRequest;
import no.legekontor.support.paging.PagedQuery;
import no.legekontor.support.problem.NotFound;
import no.legekontor.support.time.OsloTime;

/**
 * Opens conversations and reads them back. Opening one stores the conversation, the patient's
 * first message and the {@code RequestSubmitted} event in one transaction: the clinic hears of
 * exactly what the patient sees.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ConversationService {

    static final String AGGREGATE = "conversation";

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    @Inject
    ReplyDeadlines deadlines;

    @Inject
    RedFlags redFlags;

    @Inject
    Outbox outbox;

    @Inject
    AuditLog audit;

    /**
     * What a patient sends to the clinic.
     *
     * @param patient      whose request it is
     * @param submittedBy  who sends it (the patient, or a guardian)
     * @param clinic       the patient's clinic
     * @param fee          the accepted fee, or null
     * @param prescription renewals: the prescription to renew, else null
     * @param sickNote     extensions: the sick note and the end date asked for, else null
     */
    public record NewRequest(Patient patient, Patient submittedBy, Clinic clinic, RequestType type, String subject,
            String body, RequestSubmitted.Fee fee, RequestSubmitted.Prescription prescription,
            RequestSubmitted.SickNote sickNote) {

        /** A request about nothing but its text (e-consultation, office message). */
        public NewRequest(Patient patient, Patient submittedBy, Clinic clinic, RequestType type, String subject,
                String body, RequestSubmitted.Fee fee) {
            this(patient, submittedBy, clinic, type, subject, body, fee, null, null);
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Conversation open(NewRequest request) {
        Instant now = clock.instant();
        Conversation conversation = new Conversation();
        conversation.id = UUID.randomUUID();
        conversation.patientId = request.patient().id;
        conversation.submittedById = request.submittedBy().id;
        conversation.clinicOrg = request.clinic().orgNumber;
        conversation.type = request.type();
        conversation.status = Conversation.Status.SUBMITTED;
        conversation.subject = request.subject().strip();
        conversation.replyDueBy = deadlines.dueBy(now).toInstant();
        conversation.possiblyUrgent = redFlags.anyIn(request.subject(), request.body());
        if (request.fee() != null) {
            conversation.feeAmountNok = request.fee().amountNok();
            conversation.feeExempt = request.fee().exempt();
        }
        if (request.type() == RequestType.OFFICE_MESSAGE) {
            conversation.targetBy = deadlines.officeTargetBy(now).toInstant();
        }
        if (request.prescription() != null) {
            conversation.prescriptionId = request.prescription().id();
        }
        if (request.sickNote() != null) {
            conversation.sickNoteId = request.sickNote().id();
            conversation.requestedUntil = request.sickNote().requestedUntil();
        }
        conversation.createdAt = now;
        conversation.updatedAt = now;

        ConversationMessage first = new ConversationMessage();
        first.id = UUID.randomUUID();
        first.conversation = conversation;
        first.sender = ConversationMessage.Sender.PATIENT;
        first.body = request.body();
        first.author = request.submittedBy().name;
        first.sentAt = now;
        conversation.messages.add(first);
        conversation.persist();

        RequestSubmitted event = new RequestSubmitted(conversation.id, conversation.type, conversation.subject,
                first.body, OsloTime.of(now), OsloTime.of(conversation.replyDueBy), conversation.possiblyUrgent,
                person(request.patient()), person(request.submittedBy()), request.patient().gpHpr, request.fee(),
                OsloTime.of(conversation.targetBy), request.prescription(), request.sickNote());
        outbox.add(Topics.PORTAL_REQUESTS, AGGREGATE,
                EventEnvelope.of(event, conversation.clinicOrg, conversation.id, OsloTime.of(now)));
        audit.record(request.submittedBy().id, request.patient().id, "request.submitted", AGGREGATE, conversation.id);
        return conversation;
    }

    /**
     * The patient writes again in an own conversation that is not closed (R13): the message and the
     * {@code FollowUpSubmitted} event are stored together, the conversation waits for the clinic
     * again with a deadline counted from now, and no new fee is charged.
     */
    @Transactional
    public Conversation followUp(Patient patient, Patient submittedBy, UUID conversationId, String body) {
        Conversation conversation = Conversation.findById(conversationId, LockModeType.PESSIMISTIC_WRITE);
        if (conversation == null || !conversation.patientId.equals(patient.id)) {
            throw new NotFound();
        }
        if (conversation.status == Conversation.Status.CLOSED) {
            throw new ConversationClosed();
        }
        if (!Conversation.Status.AWAITING_CLINIC.contains(conversation.status) && anotherOpenAbout(conversation)) {
            throw new DuplicateRequest();
        }
        Instant now = clock.instant();
        boolean urgent = redFlags.anyIn(body);
        conversation.possiblyUrgent |= urgent;
        conversation.reopen(now, deadlines.dueBy(now).toInstant(),
                conversation.type == RequestType.OFFICE_MESSAGE ? deadlines.officeTargetBy(now).toInstant() : null);

        ConversationMessage message = new ConversationMessage();
        message.id = UUID.randomUUID();
        message.conversation = conversation;
        message.sender = ConversationMessage.Sender.PATIENT;
        message.body = body;
        message.author = submittedBy.name;
        message.sentAt = now;
        message.persist();

        FollowUpSubmitted event = new FollowUpSubmitted(conversation.id, message.id, body, OsloTime.of(now),
                OsloTime.of(conversation.replyDueBy), OsloTime.of(conversation.targetBy), urgent, person(submittedBy));
        outbox.add(Topics.PORTAL_REQUESTS, AGGREGATE,
                EventEnvelope.of(event, conversation.clinicOrg, conversation.id, OsloTime.of(now)));
        audit.record(submittedBy.id, patient.id, "request.followed-up", AGGREGATE, conversation.id);
        return get(patient.id, conversation.id);
    }

    /** Reopening an answered renewal or extension must not make two open requests about one thing. */
    private boolean anotherOpenAbout(Conversation conversation) {
        if (conversation.prescriptionId == null && conversation.sickNoteId == null) {
            return false;
        }
        return Conversation.count("id <> ?1 and status in ?2 and (prescriptionId = ?3 or sickNoteId = ?4)",
                conversation.id, Conversation.Status.AWAITING_CLINIC, conversation.prescriptionId,
                conversation.sickNoteId) > 0;
    }

    /** What a request about a record (a renewal, an extension) is about: its type and the conversation's field. */
    public enum About {
        PRESCRIPTION(RequestType.PRESCRIPTION_RENEWAL, "prescriptionId"),
        SICK_NOTE(RequestType.SICK_LEAVE_EXTENSION, "sickNoteId");

        private final RequestType type;
        private final String field;

        About(RequestType type, String field) {
            this.type = type;
            this.field = field;
        }

        public RequestType type() {
            return type;
        }
    }

    /**
     * For those of the prescriptions (or sick notes) that have one, the conversation about it that
     * still waits for the clinic (R5: at most one per prescription).
     */
    public Map<UUID, UUID> awaitingClinic(About about, List<UUID> ids) {
        Map<UUID, UUID> open = new HashMap<>();
        if (ids.isEmpty()) {
            return open;
        }
        em.createQuery("select c." + about.field + ", c.id from Conversation c where c." + about.field
                        + " in :ids and c.status in :open", Object[].class)
                .setParameter("ids", ids)
                .setParameter("open", Conversation.Status.AWAITING_CLINIC)
                .getResultList()
                .forEach(row -> open.put((UUID) row[0], (UUID) row[1]));
        return open;
    }

    /** The patient's conversations, newest first. */
    public Page<ConversationViews.Summary> list(UUID patientId, PageRequest paging) {
        return PagedQuery.page(em, Conversation.class, "conversation e", "e.patient_id = :patient",
                        "e.created_at desc, e.id", Map.of("patient", patientId), paging)
                .map(ConversationViews.Summary::of);
    }

    /** One of the patient's conversations with its messages; another person's is not found. */
    public Conversation get(UUID patientId, UUID conversationId) {
        // Not firstResult(): a row limit on a collection fetch makes Hibernate page in memory (HHH90003004).
        return em.createQuery("select distinct c from Conversation c left join fetch c.messages"
                        + " where c.id = :id and c.patientId = :patient", Conversation.class)
                .setParameter("id", conversationId)
                .setParameter("patient", patientId)
                .getResultStream()
                .findFirst()
                .orElseThrow(NotFound::new);
    }

    /** A person as the clinic sees them in an event. */
    public static RequestSubmitted.Person person(Patient p) {
        return new RequestSubmitted.Person(p.nationalId, p.name, p.birthDate);
    }
}
