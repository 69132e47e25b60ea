package no.legekontor.inbox.reply;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import no.legekontor.inbox.item.InboxItem;
import no.legekontor.inbox.item.InboxReply;
import no.legekontor.inbox.item.InboxService;
import no.legekontor.inbox.item.InboxViews;
import no.legekontor.inbox.item.ItemRules;
import no.legekontor.inbox.security.StaffCaller.Staff;
import no.legekontor.shared.event.EventEnvelope;
import no.legekontor.shared.event.ReplyPosted;
import no.legekontor.shared.event.Topics;
import no.legekontor.support.outbox.Outbox;
import no.legekontor.support.time.OsloTime;

/**
 * Staff answer the patient. The answer is stored and travels back to the patient through the
 * outbox in the same transaction. The item's row is locked first, as by every writer of an item:
 * a reply and a close at once are applied one after the other, never one over the other.
 */
@ApplicationScoped
@Transactional
public class ReplyService {

    @Inject
    Clock clock;

    @Inject
    Outbox outbox;

    /**
     * Answers an item as {@link ItemRules} allows: an appointment notice is not answered, the GP's
     * items only by a GP, a closed item not at all. The item becomes ANSWERED and {@code ReplyPosted}
     * goes to the patient.
     */
    public InboxViews.Reply reply(Staff staff, UUID id, String body) {
        InboxItem item = InboxService.findForUpdate(staff, id);
        ItemRules.requireAnswerable(item);
        ItemRules.requireMayWorkOn(staff, item);
        ItemRules.requireNotClosed(item);
        Instant now = clock.instant();
        InboxReply reply = new InboxReply();
        reply.id = UUID.randomUUID();
        reply.itemId = item.id;
        reply.body = body;
        reply.authorName = staff.name();
        reply.authorHpr = staff.hpr();
        reply.authorRole = staff.role();
        reply.sentAt = now;
        reply.persist();
        item.answered(now);
        ReplyPosted event = new ReplyPosted(item.conversationId, reply.id, body, staff.name(), staff.hpr(),
                staff.role(), OsloTime.of(now), item.state());
        outbox.add(Topics.INBOX_EVENTS, InboxService.AGGREGATE,
                EventEnvelope.of(event, item.clinicOrg, item.conversationId, OsloTime.of(now)));
        return InboxViews.Reply.of(reply);
    }
}
