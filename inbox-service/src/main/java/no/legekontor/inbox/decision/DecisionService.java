package no.legekontor.inbox.decision;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import no.legekontor.inbox.item.InboxDecision;
import no.legekontor.inbox.item.InboxItem;
import no.legekontor.inbox.item.InboxService;
import no.legekontor.inbox.item.InboxViews;
import no.legekontor.inbox.item.ItemRules;
import no.legekontor.inbox.security.StaffCaller.Staff;
import no.legekontor.shared.calendar.BusinessCalendar;
import no.legekontor.shared.event.DecisionMade;
import no.legekontor.shared.event.EventEnvelope;
import no.legekontor.shared.event.RequestSubmitted;
import no.legekontor.shared.event.Topics;
import no.legekontor.shared.prescription.RenewalValidity;
import no.legekontor.support.outbox.Outbox;
import no.legekontor.support.problem.InvalidInput;
import no.legekontor.support.time.OsloTime;

/**
 * A GP decides a renewal or a sick-leave extension (R14). The item's row is locked, so a decision
 * is made once also when two arrive together (the unique item id of inbox_decision is the
 * backstop). The item becomes ANSWERED and {@code DecisionMade} carries what the portal needs: the
 * prescription and its new last valid day, or the sick note and its new last day.
 */
@ApplicationScoped
@Transactional
public class DecisionService {

    @Inject
    InboxService inbox;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    public InboxViews.Item decide(Staff staff, UUID id, DecisionRequest request) {
        InboxItem item = InboxService.findForUpdate(staff, id);
        ItemRules.requireDecidable(item);
        ItemRules.requireMayWorkOn(staff, item);
        ItemRules.requireNotClosed(item);
        if (InboxDecision.of(item.id) != null) {
            throw new AlreadyDecided();
        }
        boolean approved = request.outcome() == DecisionMade.Outcome.APPROVED;
        String reason = request.reason() == null || request.reason().isBlank() ? null : request.reason().strip();
        if (!approved && reason == null) {
            throw new InvalidInput("reason", "reason-required");
        }
        Instant now = clock.instant();
        LocalDate today = BusinessCalendar.dateOf(now);
        if (request.validUntil() != null && request.validUntil().isBefore(today)) {
            throw new InvalidInput("validUntil", "before-decision-date");
        }

        RequestSubmitted.Prescription prescription = item.details == null ? null : item.details.prescription();
        RequestSubmitted.SickNote sickNote = item.details == null ? null : item.details.sickNote();
        InboxDecision decision = new InboxDecision();
        decision.id = UUID.randomUUID();
        decision.itemId = item.id;
        decision.outcome = request.outcome();
        decision.reason = reason;
        if (approved && prescription != null) {
            decision.validUntil = RenewalValidity.validUntil(today, request.validUntil());
        }
        if (approved && sickNote != null) {
            decision.toDate = sickNote.requestedUntil();
        }
        decision.decidedByName = staff.name();
        decision.decidedByHpr = staff.hpr();
        decision.decidedAt = now;
        decision.persist();
        item.answered(now);

        DecisionMade event = new DecisionMade(item.conversationId, item.id, decision.id, decision.outcome, reason,
                staff.name(), staff.hpr(), OsloTime.of(now), prescription == null ? null : prescription.id(),
                decision.validUntil, sickNote == null ? null : sickNote.id(), decision.toDate, item.state());
        outbox.add(Topics.INBOX_EVENTS, InboxService.AGGREGATE,
                EventEnvelope.of(event, item.clinicOrg, item.conversationId, OsloTime.of(now)));
        return inbox.answer(staff, item);
    }
}
