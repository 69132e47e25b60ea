package no.legekontor.inbox.item;

import java.time.Instant;
import java.time.LocalDate;
import no.legekontor.shared.calendar.BusinessCalendar;

/**
 * Where the open items stand against their deadline (R8) at one moment, decided here once for the
 * inbox list's filters, the item view, {@code GET /inbox/stats}, the deadline monitor and its gauges.
 *
 * <p>Only an {@code OPEN} item with a deadline counts (appointment notices have none; answered and
 * closed items wait for nobody). It is <b>overdue</b> once {@code replyDueBy} has passed (the due
 * instant itself is still on time), <b>due today</b> when {@code replyDueBy} falls on today's date in
 * Oslo, and <b>due soon</b> from the start of the business day before its deadline's day until the
 * deadline: a deadline on Monday is due soon from Friday. Deadlines fall on business days, so "the
 * business day before the deadline's day is today or earlier" is "the deadline falls before the end
 * of the next business day", one comparison that SQL can make too ({@link #dueSoonBefore}).
 *
 * <p>The SQL conditions name {@code inbox_item}'s columns without an alias and the parameters
 * {@code :now}, {@code :todayStart}, {@code :tomorrowStart} and {@code :dueSoonBefore}.
 *
 * @param now           the moment
 * @param todayStart    the start of today in Oslo
 * @param tomorrowStart the start of tomorrow in Oslo
 * @param dueSoonBefore the end of the next business day in Oslo: open deadlines before it are due soon
 */
public record Deadlines(Instant now, Instant todayStart, Instant tomorrowStart, Instant dueSoonBefore) {

    /** SQL: still waiting for the clinic. */
    public static final String OPEN = "status = 'OPEN'";
    /** SQL: open and past its deadline. */
    public static final String OVERDUE = OPEN + " and reply_due_by < :now";
    /** SQL: open and due on today's date (Oslo), whether or not the time has passed. */
    public static final String DUE_TODAY = OPEN + " and reply_due_by >= :todayStart and reply_due_by < :tomorrowStart";
    /** SQL: open, not yet overdue, and its deadline falls before the end of the next business day. */
    public static final String DUE_SOON = OPEN + " and reply_due_by >= :now and reply_due_by < :dueSoonBefore";

    public static Deadlines at(Instant now, BusinessCalendar calendar) {
        LocalDate today = BusinessCalendar.dateOf(now);
        return new Deadlines(now,
                today.atStartOfDay(BusinessCalendar.OSLO).toInstant(),
                today.plusDays(1).atStartOfDay(BusinessCalendar.OSLO).toInstant(),
                calendar.addBusinessDays(today, 1).plusDays(1).atStartOfDay(BusinessCalendar.OSLO).toInstant());
    }

    /** Today's date in Oslo. */
    public LocalDate today() {
        return BusinessCalendar.dateOf(now);
    }

    public boolean isOverdue(InboxItem item) {
        return isOpenWithDeadline(item) && item.replyDueBy.isBefore(now);
    }

    public boolean isDueSoon(InboxItem item) {
        return isOpenWithDeadline(item) && !item.replyDueBy.isBefore(now) && item.replyDueBy.isBefore(dueSoonBefore);
    }

    private static boolean isOpenWithDeadline(InboxItem item) {
        return item.status == InboxItem.Status.OPEN && item.replyDueBy != null;
    }
}
