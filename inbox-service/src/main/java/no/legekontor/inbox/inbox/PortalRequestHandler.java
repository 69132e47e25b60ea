package no.legekontor.inbox.inbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import no.legekontor.shared.event.AppointmentBooked;
import no.legekontor.shared.event.AppointmentCancelled;
import no.legekontor.shared.event.EventEnvelope;
import no.legekontor.shared.event.RequestReceived;
import no.legekontor.shared.event.RequestSubmitted;
import no.legekontor.shared.event.Topics;
import no.legekontor.support.messaging.ProcessedEvents;
import no.legekontor.support.outbox.Outbox;
import no.legekontor.support.time.OsloTime;

/**
 * Puts each patient request (and each booking or cancellation, see {@link AppointmentNotices}) into
 * its clinic's inbox exactly once and tells the portal it arrived: the event id, the item and the
 * {@code RequestReceived} (or {@code AppointmentNoticeReceived}) event are stored in one transaction.
 */
@ApplicationScoped
@Transactional
public class PortalRequestHandler {

    static final String CONSUMER = "inbox-service.requests";

    @Inject
    ProcessedEvents processed;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    @Inject
    AppointmentNotices notices;

    /** Stores a batch of requests in order, in one transaction; requests seen before are skipped. */
    public void handle(List<EventEnvelope> events) {
        for (EventEnvelope event : events) {
            if (event.payload() instanceof RequestSubmitted request && processed.firstDelivery(event.id(), CONSUMER)) {
                receive(event, request);
            } else if (event.payload() instanceof AppointmentBooked booked
                    && processed.firstDelivery(event.id(), CONSUMER)) {
                notices.booked(event, booked);
            } else if (event.payload() instanceof AppointmentCancelled cancelled
                    && processed.firstDelivery(event.id(), CONSUMER)) {
                notices.cancelled(event, cancelled);
            }
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
        item.possiblyUrgent = request.possiblyUrgent();
        item.gpHpr = request.gpHpr();
        item.patientNationalId = request.patient().nationalId();
        item.patientName = request.patient().name();
        item.patientBirthDate = request.patient().birthDate();
        boolean proxy = !request.submittedBy().nationalId().equals(request.patient().nationalId());
        item.submittedByName = proxy ? request.submittedBy().name() : null;
        if (request.fee() != null) {
            item.feeAmountNok = request.fee().amountNok();
            item.feeExempt = request.fee().exempt();
        }
        item.persist();

        RequestReceived received = new RequestReceived(item.conversationId, item.id, OsloTime.of(now),
                request.replyDueBy());
        outbox.add(Topics.INBOX_EVENTS, InboxService.AGGREGATE,
                EventEnvelope.of(received, item.clinicOrg, item.conversationId, OsloTime.of(now)));
    }
}
