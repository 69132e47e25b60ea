package no.legekontor.portal.conversation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import no.legekontor.portal.audit.AuditLog;
import no.legekontor.portal.audit.AuditedResource;
import no.legekontor.shared.event.AppointmentNoticeReceived;
import no.legekontor.shared.event.DecisionMade;
import no.legekontor.shared.event.EventEnvelope;
import no.legekontor.shared.event.ItemClosed;
import no.legekontor.shared.event.ItemRead;
import no.legekontor.shared.event.ItemsViewed;
import no.legekontor.shared.event.ReplyPosted;
import no.legekontor.shared.event.RequestDueSoon;
import no.legekontor.shared.event.RequestOverdue;
import no.legekontor.shared.event.RequestReceived;
import no.legekontor.shared.event.StaffRole;
import no.legekontor.support.messaging.ProcessedEvents;
import org.jboss.logging.Logger;

/**
 * Applies the clinic's events to the patient's conversations, each event once: the event id is
 * recorded in the same transaction as the change. What an event means to another feature is that
 * feature's: the conversation fires a {@link ClinicReplied}, {@link ClinicDecided} or
 * {@link AppointmentNoticed} (synchronous CDI events) whose observers act in this transaction, so
 * the invoice a GP's answer to an e-consultation gives (R12), a decision's renewed prescription or
 * extended sick note (R14) and the patient's notification (R13) are done once with the event, or
 * not at all. Staff's replies, decisions and views of the patients' requests go to the access log.
 */
@ApplicationScoped
@Transactional
public class InboxEventHandler {

    static final String CONSUMER = "portal-api.conversations";
    private static final Logger LOG = Logger.getLogger(InboxEventHandler.class);

    @Inject
    ProcessedEvents processed;

    @Inject
    Clock clock;

    @Inject
    Event<ClinicReplied> replies;

    @Inject
    Event<ClinicDecided> decisions;

    @Inject
    Event<AppointmentNoticed> notices;

    @Inject
    AuditLog audit;

    /** Applies a batch of events in order, in one transaction; events seen before are skipped. */
    public void handle(List<EventEnvelope> events) {
        processed.applyEach(events, CONSUMER, this::apply);
    }

    private void apply(EventEnvelope event) {
        if (event.payload() instanceof RequestReceived received) {
            conversation(received.conversationId(), event)
                    .ifPresent(c -> c.followClinic(received.itemState(), Conversation.Status.RECEIVED, clock.instant()));
        } else if (event.payload() instanceof ReplyPosted reply) {
            conversation(reply.conversationId(), event).ifPresent(c -> {
                c.answeredByClinic(reply.replyId(), reply.body(), reply.author(), reply.sentAt().toInstant(),
                        reply.itemState(), clock.instant());
                replies.fire(new ClinicReplied(c, reply.replyId(), reply.author(), reply.authorHpr(),
                        reply.authorRole(), reply.sentAt().toInstant()));
                audit.recordByStaff(new AuditLog.Staff(reply.authorHpr(), reply.author(), reply.authorRole()),
                        reply.sentAt().toInstant(), AuditedResource.CONVERSATION, "reply.posted", List.of(c.id));
            });
        } else if (event.payload() instanceof AppointmentNoticeReceived notice) {
            requireClinicsAppointments(event, List.of(notice.appointmentId()));
            notices.fire(new AppointmentNoticed(notice.appointmentId(), notice.receivedAt().toInstant()));
        } else if (event.payload() instanceof ItemRead read) {
            conversation(read.conversationId(), event).ifPresent(c -> c.readByClinic(read.readAt().toInstant()));
        } else if (event.payload() instanceof ItemClosed closed) {
            conversation(closed.conversationId(), event)
                    .ifPresent(c -> c.followClinic(closed.itemState(), Conversation.Status.CLOSED, clock.instant()));
        } else if (event.payload() instanceof DecisionMade decision) {
            conversation(decision.conversationId(), event).ifPresent(c -> {
                requireAboutTheConversationsRecord(decision, c);
                decisions.fire(new ClinicDecided(c, decision.inboxItemId(), decision.decisionId(),
                        decision.approved(), decision.reason(), decision.decidedBy(), decision.decidedByHpr(),
                        decision.decidedAt().toInstant(), decision.prescriptionId(), decision.validUntil(),
                        decision.sickNoteId(), decision.toDate(), decision.itemState()));
                audit.recordByStaff(new AuditLog.Staff(decision.decidedByHpr(), decision.decidedBy(), StaffRole.GP),
                        decision.decidedAt().toInstant(), AuditedResource.CONVERSATION, "decision.made",
                        List.of(c.id));
            });
        } else if (event.payload() instanceof ItemsViewed viewed) {
            staffViewed(event, viewed);
        } else if (event.payload() instanceof RequestDueSoon || event.payload() instanceof RequestOverdue) {
            // The clinic's own reminders: the patient was promised the deadline and sees it already.
            LOG.debugf("%s %s: nothing to do for the patient", event.type(), event.id());
        } else {
            LOG.debugf("Ignoring %s on inbox events", event.type());
        }
    }

    /** Staff saw requests in the inbox: an entry per conversation or appointment, for its patient. */
    private void staffViewed(EventEnvelope event, ItemsViewed viewed) {
        AuditLog.Staff staff = new AuditLog.Staff(viewed.staffHpr(), viewed.staffName(), viewed.staffRole());
        String verb = viewed.view() == ItemsViewed.View.ITEM ? ".read" : ".listed";
        List<UUID> conversations = viewed.items().stream().map(ItemsViewed.Seen::conversationId)
                .filter(Objects::nonNull).toList();
        List<UUID> appointments = viewed.items().stream().map(ItemsViewed.Seen::appointmentId)
                .filter(Objects::nonNull).toList();
        if (!conversations.isEmpty()
                && Conversation.count("id in ?1 and clinicOrg <> ?2", conversations, event.clinicId()) > 0) {
            throw new NotTheConversations("clinic");
        }
        requireClinicsAppointments(event, appointments);
        audit.recordByStaff(staff, viewed.viewedAt().toInstant(), AuditedResource.CONVERSATION,
                AuditedResource.CONVERSATION.type() + verb, conversations);
        audit.recordByStaff(staff, viewed.viewedAt().toInstant(), AuditedResource.APPOINTMENT,
                AuditedResource.APPOINTMENT.type() + verb, appointments);
    }

    /**
     * The conversation, its row locked until the transaction ends: every writer of a conversation
     * (this handler and the patient's follow-up) takes that lock, so neither writes over the other.
     *
     * @throws NotTheConversations when the event's clinic is not the conversation's
     */
    private static Optional<Conversation> conversation(UUID id, EventEnvelope event) {
        Optional<Conversation> conversation = Conversation.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
        if (conversation.isEmpty()) {
            LOG.warnf("%s %s for unknown conversation %s", event.type(), event.id(), id);
        } else if (!conversation.get().clinicOrg.equals(event.clinicId())) {
            throw new NotTheConversations("clinic");
        }
        return conversation;
    }

    /**
     * A decision is about the record the patient asked about: a renewal's prescription, an
     * extension's sick note, which the portal checked was the patient's when the request was made.
     * So a decision cannot renew or extend another patient's record, nor another of the patient's.
     */
    private static void requireAboutTheConversationsRecord(DecisionMade decision, Conversation conversation) {
        if (!Objects.equals(decision.prescriptionId(), conversation.prescriptionId)) {
            throw new NotTheConversations("prescription");
        }
        if (!Objects.equals(decision.sickNoteId(), conversation.sickNoteId)) {
            throw new NotTheConversations("sick note");
        }
    }

    /** Appointments the event names are its clinic's (unknown ones are left to the feature). */
    private static void requireClinicsAppointments(EventEnvelope event, List<UUID> appointments) {
        if (appointments.isEmpty()) {
            return;
        }
        Number foreign = (Number) Conversation.getEntityManager()
                .createNativeQuery("select count(*) from appointment where id in (?1) and clinic_org <> ?2")
                .setParameter(1, appointments)
                .setParameter(2, event.clinicId())
                .getSingleResult();
        if (foreign.longValue() > 0) {
            throw new NotTheConversations("clinic");
        }
    }

}
