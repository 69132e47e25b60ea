package no.legekontor.inbox.item;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import no.legekontor.inbox.security.StaffCaller.Staff;
import no.legekontor.shared.event.EventEnvelope;
import no.legekontor.shared.event.ItemRead;
import no.legekontor.shared.event.Topics;
import no.legekontor.support.outbox.Outbox;
import no.legekontor.support.persistence.NativeSql;
import no.legekontor.support.time.OsloTime;

/**
 * The read receipt (R13): the first time staff of the clinic open an item, {@code read_at} is set
 * and {@code ItemRead} goes to the portal. A conditional update ({@code where read_at is null})
 * makes it once per item even when several staff open it at the same moment: PostgreSQL lets one
 * update win and re-checks the condition for the others after it commits.
 */
@ApplicationScoped
public class ReadReceipts {

    @Inject
    EntityManager em;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    /** Records that the caller opened the item, if nobody did before; another clinic's item is left alone. */
    @Transactional
    public void opened(Staff staff, UUID id) {
        Instant now = clock.instant();
        int first = NativeSql.write(em, """
                update inbox_item set read_at = ?1
                where id = ?2 and clinic_org = ?3 and read_at is null""", "inbox_item")
                .setParameter(1, now)
                .setParameter(2, id)
                .setParameter(3, staff.clinicOrg())
                .executeUpdate();
        if (first == 0) {
            return;
        }
        InboxItem item = InboxItem.findById(id);
        // Appointment notices have no conversation to show it in.
        if (item.conversationId != null) {
            outbox.add(Topics.INBOX_EVENTS, InboxService.AGGREGATE, EventEnvelope.of(
                    new ItemRead(item.conversationId, item.id, OsloTime.of(now)), item.clinicOrg,
                    item.conversationId, OsloTime.of(now)));
        }
    }
}
