package no.legekontor.portal.conversation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.legekontor.portal.appointment.AppointmentService;
import no.legekontor.portal.invoice.InvoiceService;
import no.legekontor.portal.notification.Notifications;
import no.legekontor.shared.event.AppointmentNoticeReceived;
import no.legekontor.shared.event.DecisionMade;
import no.legekontor.shared.event.EventEnvelope;
import no.legekontor.shared.event.ItemClosed;
import no.legekontor.shared.event.ItemRead;
import no.legekontor.shared.event.ReplyPosted;
import no.legekontor.shared.event.RequestDueSoon;
import no.legekontor.shared.event.RequestOverdue;
import no.legekontor.shared.event.RequestReceived;
import no.legekontor.support.messaging.ProcessedEvents;
import org.jboss.logging.Logger;

/**
 * Applies the clinic's events to the patient's conversations (and appointments), each event once:
 * the event id is recorded in the same transaction as the change, and so is the invoice a GP's
 * answer to an e-consultation gives (R12). A reply and a decision notify the person in that
 * transaction too (R13).
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
    AppointmentService appointments;

    @Inject
    ClinicDecisions decisions;

    @Inject
    Notifications notifications;

    @Inject
    InvoiceService invoices;

    /** Applies a batch of events in order, in one transaction; events seen before are skipped. */
    public void handle(List<EventEnvelope> events) {
        for (EventEnvelope event : events) {
            if (processed.firstDelivery(event.id(), CONSUMER)) {
                apply(event);
            }
        }
    }

    private void apply(EventEnvelope event) {
        if (event.payload() instanceof RequestReceived received) {
            conversation(received.conversationId(), event)
                    .ifPresent(c -> c.advanceTo(Conversation.Status.RECEIVED, clock.instant()));
        } else if (event.payload() instanceof ReplyPosted reply) {
            conversation(reply.conversationId(), event).ifPresent(c -> {
                c.answeredByClinic(reply.replyId(), reply.body(), reply.author(), reply.sentAt().toInstant(),
                        clock.instant());
                invoices.replyPosted(c, reply);
                notifications.replyPosted(c.patientId, c.submittedById, c.clinicOrg, c.id, reply.replyId());
            });
        } else if (event.payload() instanceof AppointmentNoticeReceived notice) {
            appointments.noticeReceived(notice);
        } else if (event.payload() instanceof ItemRead read) {
            conversation(read.conversationId(), event).ifPresent(c -> c.readByClinic(read.readAt().toInstant()));
        } else if (event.payload() instanceof ItemClosed closed) {
            conversation(closed.conversationId(), event)
                    .ifPresent(c -> c.advanceTo(Conversation.Status.CLOSED, clock.instant()));
        } else if (event.payload() instanceof DecisionMade decision) {
            conversation(decision.conversationId(), event).ifPresent(c -> {
                decisions.apply(c, decision);
                notifications.decisionMade(c.patientId, c.submittedById, c.clinicOrg, c.id, decision.decisionId());
            });
        } else if (event.payload() instanceof RequestDueSoon || event.payload() instanceof RequestOverdue) {
            // The clinic's own reminders: the patient was promised the deadline and sees it already.
            LOG.debugf("%s %s: nothing to do for the patient", event.type(), event.id());
        } else {
            LOG.debugf("Ignoring %s on inbox events", event.type());
        }
    }

    private static Optional<Conversation> conversation(UUID id, EventEnvelope event) {
        Optional<Conversation> conversation = Conversation.findByIdOptional(id);
        if (conversation.isEmpty()) {
            LOG.warnf("%s %s for unknown conversation %s", event.type(), event.id(), id);
        }
        return conversation;
    }

}
