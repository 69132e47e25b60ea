package no.legekontor.inbox.item;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import no.legekontor.inbox.security.StaffCaller.Staff;
import no.legekontor.shared.event.ItemsViewed;
import no.legekontor.shared.event.Topics;
import no.legekontor.support.outbox.Outbox;
import no.legekontor.support.persistence.NativeSql;
import no.legekontor.support.time.OsloTime;

/**
 * The clinic's side of the patients' access log: every opening of an item, and every page of the
 * list that holds items (the list shows each request's text and the patient's national id), goes
 * to the portal as {@link ItemsViewed}, written to the outbox in the transaction that reads them.
 * It names the items and the staff member, never what the requests say. A list's transaction
 * changes nothing else, so its commit does not wait for the WAL flush (as portal-api's reads).
 */
@ApplicationScoped
public class ItemViews {

    /** Outbox aggregate type of the access-log events; each is keyed by its own id. */
    static final String AGGREGATE = "inbox-view";

    @Inject
    Outbox outbox;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    /** Records that the staff member saw these items; nothing when there are none. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void seen(Staff staff, ItemsViewed.View view, List<InboxItem> items) {
        if (items.isEmpty()) {
            return;
        }
        if (view == ItemsViewed.View.LIST) {
            NativeSql.setLocal(em, "synchronous_commit", "off");
        }
        ItemsViewed viewed = new ItemsViewed(view,
                items.stream().map(i -> new ItemsViewed.Seen(i.id, i.conversationId, i.appointmentId)).toList(),
                staff.hpr(), staff.name(), staff.role(), OsloTime.of(clock.instant()));
        outbox.add(Topics.INBOX_EVENTS, AGGREGATE, viewed.envelope(staff.clinicOrg()));
    }
}
