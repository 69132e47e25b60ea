package no.legekontor.inbox.item;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.legekontor.inbox.security.StaffCaller.Staff;
import no.legekontor.shared.calendar.BusinessCalendar;
import no.legekontor.shared.event.ItemsViewed;
import no.legekontor.support.paging.Page;
import no.legekontor.support.paging.PageRequest;
import no.legekontor.support.paging.PagedQuery;
import no.legekontor.support.problem.NotFound;

/**
 * The clinic's inbox: what is waiting, in the order it should be answered (possibly urgent first,
 * then the earliest deadline), and each item with its thread.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class InboxService {

    /** Kafka key and outbox aggregate of events about a patient conversation. */
    public static final String AGGREGATE = "conversation";

    /**
     * R8: possibly urgent first, then the earlier of targetBy and replyDueBy ({@code due_at}, a
     * generated column); appointment notices, which have no deadline, last.
     */
    static final String QUEUE_ORDER = "e.possibly_urgent desc, e.due_at nulls last, e.received_at, e.id";

    @Inject
    Clock clock;

    @Inject
    BusinessCalendar calendar;

    @Inject
    EntityManager em;

    @Inject
    ReadReceipts receipts;

    @Inject
    ItemViews views;

    /**
     * The caller's clinic's items matching the filter; never another clinic's. The page read is
     * published for the patients' access log in the same transaction.
     */
    @Transactional
    public Page<InboxViews.Item> list(Staff staff, InboxFilter filter, PageRequest paging) {
        Deadlines at = Deadlines.at(clock.instant(), calendar);
        List<String> where = new ArrayList<>(List.of("e.clinic_org = :clinic"));
        Map<String, Object> params = new HashMap<>(Map.of("clinic", staff.clinicOrg()));
        if (filter.status != null) {
            where.add("e.status = :status");
            params.put("status", filter.status.name());
        }
        if (filter.type != null) {
            where.add("e.type = :type");
            params.put("type", filter.type.name());
        }
        if (Boolean.TRUE.equals(filter.overdue)) {
            where.add(Deadlines.OVERDUE);
            params.put("now", at.now());
        }
        if (Boolean.TRUE.equals(filter.dueToday)) {
            where.add(Deadlines.DUE_TODAY);
            params.put("todayStart", at.todayStart());
            params.put("tomorrowStart", at.tomorrowStart());
        }
        if (filter.conversationId != null) {
            where.add("e.conversation_id = :conversation");
            params.put("conversation", filter.conversationId);
        }
        if (filter.assignee != null && !filter.assignee.isBlank()) {
            String assignee = filter.assignee.strip();
            if (InboxFilter.NOBODY.equals(assignee)) {
                where.add("e.assignee_hpr is null");
            } else {
                where.add("e.assignee_hpr = :assignee");
                params.put("assignee", InboxFilter.ME.equals(assignee) ? staff.hpr() : assignee);
            }
        }
        Page<InboxItem> page = PagedQuery.page(em, InboxItem.class, "inbox_item e", String.join(" and ", where),
                QUEUE_ORDER, params, paging);
        views.seen(staff, ItemsViewed.View.LIST, page.items());
        return page.map(item -> InboxViews.Item.of(item, at, null, null, null));
    }

    /**
     * One item of the caller's clinic with its thread; another clinic's is not found. The first
     * opening is the read receipt; every opening is published for the patient's access log. Both
     * commit in the transaction that reads the item.
     */
    @Transactional
    public InboxViews.Item get(Staff staff, UUID id) {
        receipts.opened(staff, id);
        InboxItem item = find(staff, id);
        views.seen(staff, ItemsViewed.View.ITEM, List.of(item));
        return view(item);
    }

    /**
     * The answer of a change to the item (claim, close, decision), which shows the item as an opening
     * does (the request's text, the patient's national id): published for the access log as one.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public InboxViews.Item answer(Staff staff, InboxItem item) {
        views.seen(staff, ItemsViewed.View.ITEM, List.of(item));
        return view(item);
    }

    /** An item on its own, with its follow-ups, replies and decision. */
    public InboxViews.Item view(InboxItem item) {
        return InboxViews.Item.of(item, Deadlines.at(clock.instant(), calendar), InboxFollowUp.of(item.id), InboxReply.of(item.id),
                InboxDecision.of(item.id));
    }

    /** The caller's clinic's item; another clinic's is not found (404), never forbidden. */
    public static InboxItem find(Staff staff, UUID id) {
        return InboxItem.<InboxItem>find("id = ?1 and clinicOrg = ?2", id, staff.clinicOrg())
                .firstResultOptional()
                .orElseThrow(NotFound::new);
    }

    /** As {@link #find}, with the item's row locked until the transaction ends: one change at a time. */
    public static InboxItem findForUpdate(Staff staff, UUID id) {
        return InboxItem.<InboxItem>find("id = ?1 and clinicOrg = ?2", id, staff.clinicOrg())
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResultOptional()
                .orElseThrow(NotFound::new);
    }
}
