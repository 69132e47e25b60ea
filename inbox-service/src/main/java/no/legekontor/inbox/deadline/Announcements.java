package no.legekontor.inbox.deadline;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import no.legekontor.inbox.item.Deadlines;
import no.legekontor.inbox.item.InboxService;
import no.legekontor.shared.event.EventEnvelope;
import no.legekontor.shared.event.EventPayload;
import no.legekontor.shared.event.RequestDueSoon;
import no.legekontor.shared.event.RequestOverdue;
import no.legekontor.shared.event.Topics;
import no.legekontor.support.outbox.Outbox;
import no.legekontor.support.time.OsloTime;
import org.hibernate.query.NativeQuery;
import org.hibernate.type.StandardBasicTypes;

/**
 * Announces the items that became due soon or overdue, once per item and deadline. One transaction
 * claims a batch of items and writes their events to the outbox: the items are locked
 * ({@code for update skip locked}, so a replica sweeping at the same moment takes other items or
 * none) and marked with the deadline announced, which the next sweep of any replica sees. A
 * follow-up gives the item a new deadline, which is then announced in its turn.
 */
@ApplicationScoped
public class Announcements {

    /** What is announced, when, and the column that remembers the deadline it was announced for. */
    public enum Kind {
        DUE_SOON(Deadlines.DUE_SOON, "due_soon_announced_for"),
        OVERDUE(Deadlines.OVERDUE, "overdue_announced_for");

        private final String condition;
        private final String announcedFor;

        Kind(String condition, String announcedFor) {
            this.condition = condition;
            this.announcedFor = announcedFor;
        }

        EventPayload event(UUID conversationId, UUID itemId, Instant replyDueBy, Instant now) {
            return this == DUE_SOON
                    ? new RequestDueSoon(conversationId, itemId, OsloTime.of(replyDueBy), OsloTime.of(now))
                    : new RequestOverdue(conversationId, itemId, OsloTime.of(replyDueBy), OsloTime.of(now));
        }
    }

    @Inject
    EntityManager em;

    @Inject
    Outbox outbox;

    /** Announces up to {@code limit} items of the kind, earliest deadline first; returns their ids. */
    @Transactional
    public List<UUID> announce(Kind kind, Deadlines at, int limit) {
        @SuppressWarnings("unchecked")
        NativeQuery<Object[]> query = em.createNativeQuery("""
                        with due as (
                          select id from inbox_item
                          where %1$s and conversation_id is not null
                            and %2$s is distinct from reply_due_by
                          order by reply_due_by
                          limit :limit
                          for update skip locked)
                        update inbox_item i set %2$s = i.reply_due_by
                        from due where i.id = due.id
                        returning i.id, i.conversation_id, i.clinic_org, i.reply_due_by"""
                        .formatted(kind.condition, kind.announcedFor))
                .unwrap(NativeQuery.class)
                .addScalar("id", StandardBasicTypes.UUID)
                .addScalar("conversation_id", StandardBasicTypes.UUID)
                .addScalar("clinic_org", StandardBasicTypes.STRING)
                .addScalar("reply_due_by", StandardBasicTypes.INSTANT);
        query.setParameter("now", at.now());
        if (kind == Kind.DUE_SOON) {
            query.setParameter("dueSoonBefore", at.dueSoonBefore());
        }
        query.setParameter("limit", limit);
        List<UUID> announced = new ArrayList<>();
        for (Object[] row : query.getResultList()) {
            UUID itemId = (UUID) row[0];
            UUID conversationId = (UUID) row[1];
            String clinic = ((String) row[2]).strip();
            outbox.add(Topics.INBOX_EVENTS, InboxService.AGGREGATE, EventEnvelope.of(
                    kind.event(conversationId, itemId, (Instant) row[3], at.now()), clinic, conversationId,
                    OsloTime.of(at.now())));
            announced.add(itemId);
        }
        return announced;
    }
}
