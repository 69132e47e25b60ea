package no.legekontor.inbox.close;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import no.legekontor.inbox.item.InboxItem;
import no.legekontor.inbox.item.InboxService;
import no.legekontor.inbox.item.InboxViews;
import no.legekontor.inbox.item.ItemRules;
import no.legekontor.inbox.security.StaffCaller.Staff;
import no.legekontor.shared.event.EventEnvelope;
import no.legekontor.shared.event.ItemClosed;
import no.legekontor.shared.event.Topics;
import no.legekontor.support.outbox.Outbox;
import no.legekontor.support.time.OsloTime;

/**
 * The clinic closes an item: nothing more will happen with it. The patient's conversation becomes
 * CLOSED through {@code ItemClosed} (appointment notices have none). Closing a closed item again
 * changes nothing and sends nothing.
 */
@ApplicationScoped
@Transactional
public class CloseService {

    @Inject
    InboxService inbox;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    public InboxViews.Item close(Staff staff, UUID id) {
        InboxItem item = InboxService.findForUpdate(staff, id);
        ItemRules.requireMayWorkOn(staff, item);
        Instant now = clock.instant();
        if (item.close(now) && item.conversationId != null) {
            outbox.add(Topics.INBOX_EVENTS, InboxService.AGGREGATE, EventEnvelope.of(
                    new ItemClosed(item.conversationId, item.id, OsloTime.of(now), item.state()), item.clinicOrg,
                    item.conversationId, OsloTime.of(now)));
        }
        return inbox.answer(staff, item);
    }
}
