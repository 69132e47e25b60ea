package no.legekontor.inbox.intake;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import no.legekontor.inbox.item.InboxFollowUp;
import no.legekontor.inbox.item.InboxItem;
import no.legekontor.inbox.item.InboxService;
import no.legekontor.inbox.item.ItemDetails;
import no.legekontor.inbox.item.ItemType;
import no.legekontor.inbox.practitioner.Practitioners;
import no.legekontor.shared.event.AppointmentBooked;
import no.legekontor.shared.event.AppointmentCancelled;
import no.legekontor.shared.event.EventEnvelope;
import no.legekontor.shared.event.FollowUpSubmitted;
import no.legekontor.shared.event.PractitionerRegistered;
import no.legekontor.shared.event.PractitionerRemoved;
import no.legekontor.shared.event.PractitionerRoleChanged;
import no.legekontor.shared.event.RequestReceived;
import no.legekontor.shared.event.RequestSubmitted;
import no.legekontor.shared.event.Topics;
import no.legekontor.support.messaging.ProcessedEvents;
import no.legekontor.support.outbox.Outbox;
import no.legekontor.support.time.OsloTime;
import org.jboss.logging.Logger;

/**
 * Puts each patient request and follow-up (and each booking or cancellation, see
 * {@link AppointmentNotices}) into its clinic's inbox exactly once and tells the portal it arrived:
 * the event id, the item and the {@code RequestReceived} (or {@code AppointmentNoticeReceived})
 * event are stored in one transaction. The clinics' practitioners, whom the inbox admits, come the
 * same way ({@link Practitioners}).
 */
@ApplicationScoped
@Transactional
public class PortalRequestHandler {

    static final String CONSUMER = "inbox-service.requests";
    private static final Logger LOG = Logger.getLogger(PortalRequestHandler.class);

    @Inject
    ProcessedEvents processed;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    @Inject
    AppointmentNotices notices;

    @Inject
    Practitioners practitioners;

    /** Stores a batch of requests in order, in one transaction; requests seen before are skipped. */
    public void handle(List<EventEnvelope> events) {
        processed.applyEach(events, CONSUMER, this::apply);
    }

    private void apply(EventEnvelope event) {
        if (event.payload() instanceof RequestSubmitted request) {
            receive(event, request);
        } else if (event.payload() instanceof FollowUpSubmitted followUp) {
            followUp(followUp);
        } else if (event.payload() instanceof AppointmentBooked booked) {
            notices.booked(event, booked);
        } else if (event.payload() instanceof AppointmentCancelled cancelled) {
            notices.cancelled(event, cancelled);
        } else if (event.payload() instanceof PractitionerRegistered registered) {
            practitioners.registered(event, registered);
        } else if (event.payload() instanceof PractitionerRoleChanged changed) {
            practitioners.roleChanged(event, changed);
        } else if (event.payload() instanceof PractitionerRemoved removed) {
            practitioners.removed(event, removed);
        } else {
            LOG.debugf("Ignoring %s on portal requests", event.type());
        }
    }

    private void receive(EventEnvelope event, RequestSubmitted request) {
        Instant now = clock.instant();
        InboxItem item = new InboxItem();
        item.id = UUID.randomUUID();
        item.conversationId = request.conversationId();
        item.clinicOrg = event.clinicId();
        item.type = ItemType.of(request.requestType());
        item.status = InboxItem.Status.OPEN;
        item.subject = request.subject();
        item.body = request.body();
        item.receivedAt = now;
        // The deadline the patient was shown when sending is the one the clinic keeps.
        item.replyDueBy = request.replyDueBy().toInstant();
        item.targetBy = request.targetBy() == null ? null : request.targetBy().toInstant();
        item.details = request.prescription() != null ? ItemDetails.of(request.prescription())
                : request.sickNote() != null ? ItemDetails.of(request.sickNote()) : null;
        item.possiblyUrgent = request.possiblyUrgent();
        item.gpHpr = request.gpHpr();
        item.patientNationalId = request.patient().nationalId();
        item.patientName = request.patient().name();
        item.patientBirthDate = request.patient().birthDate();
        item.submittedByName = InboxItem.guardianName(request.patient().nationalId(), request.submittedBy());
        if (request.fee() != null) {
            item.feeAmountNok = request.fee().amountNok();
            item.feeExempt = request.fee().exempt();
        }
        item.persist();

        confirm(item, now);
    }

    /**
     * The patient wrote again (R13): the follow-up is stored with its item, which reopens with the
     * deadline counted from the follow-up, and the portal hears that the clinic has it.
     */
    private void followUp(FollowUpSubmitted followUp) {
        InboxItem item = InboxItem.<InboxItem>find("conversationId", followUp.conversationId())
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional()
                // Keyed by conversation, a follow-up cannot overtake its request; a request that was
                // parked or dead-lettered holds its follow-ups back. Never commit one as done.
                .orElseThrow(() -> new IllegalStateException("FollowUpSubmitted for conversation "
                        + followUp.conversationId() + " without an inbox item"));
        Instant now = clock.instant();
        InboxFollowUp stored = new InboxFollowUp();
        stored.id = followUp.messageId();
        stored.itemId = item.id;
        stored.body = followUp.body();
        stored.submittedByName = InboxItem.guardianName(item.patientNationalId, followUp.submittedBy());
        stored.sentAt = followUp.submittedAt().toInstant();
        stored.persist();
        // A follow-up sent while the clinic was closing the item is kept with it; the item stays closed.
        item.followedUp(followUp.replyDueBy().toInstant(),
                followUp.targetBy() == null ? null : followUp.targetBy().toInstant(), followUp.possiblyUrgent());
        confirm(item, now);
    }

    private void confirm(InboxItem item, Instant now) {
        RequestReceived received = new RequestReceived(item.conversationId, item.id, OsloTime.of(now),
                OsloTime.of(item.replyDueBy), item.state());
        outbox.add(Topics.INBOX_EVENTS, InboxService.AGGREGATE,
                EventEnvelope.of(received, item.clinicOrg, item.conversationId, OsloTime.of(now)));
    }
}
