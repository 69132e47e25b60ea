package no.legekontor.inbox.item;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import no.legekontor.shared.calendar.BusinessCalendar;
import org.junit.jupiter.api.Test;

/** R8 in the inbox: when an open item is overdue, due today, or due soon (Oslo time). */
class DeadlinesTest {

    static final BusinessCalendar CALENDAR = new BusinessCalendar();

    static Instant oslo(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(BusinessCalendar.OSLO).toInstant();
    }

    /** Friday 4 December 2026, 10:00 in Oslo. */
    static final Deadlines FRIDAY_MORNING = Deadlines.at(oslo("2026-12-04T10:00"), CALENDAR);

    @Test
    void anItemIsOverdueOnlyAfterItsDeadlineHasPassed() {
        Instant due = oslo("2026-12-04T10:00");
        assertThat(FRIDAY_MORNING.isOverdue(open(due))).isFalse();
        assertThat(FRIDAY_MORNING.isOverdue(open(due.minusSeconds(1)))).isTrue();
    }

    @Test
    void anAnsweredOrClosedItemIsNeverOverdue() {
        InboxItem answered = open(oslo("2026-11-30T23:59:59"));
        answered.status = InboxItem.Status.ANSWERED;
        InboxItem closed = open(oslo("2026-11-30T23:59:59"));
        closed.status = InboxItem.Status.CLOSED;
        assertThat(FRIDAY_MORNING.isOverdue(answered)).isFalse();
        assertThat(FRIDAY_MORNING.isOverdue(closed)).isFalse();
    }

    @Test
    void anAppointmentNoticeHasNoDeadline() {
        assertThat(FRIDAY_MORNING.isOverdue(open(null))).isFalse();
        assertThat(FRIDAY_MORNING.isDueSoon(open(null))).isFalse();
    }

    @Test
    void aDeadlineOnMondayIsDueSoonFromFriday() {
        InboxItem monday = open(oslo("2026-12-07T23:59:59"));
        assertThat(Deadlines.at(oslo("2026-12-03T23:59"), CALENDAR).isDueSoon(monday)).isFalse();
        assertThat(Deadlines.at(oslo("2026-12-04T00:00"), CALENDAR).isDueSoon(monday)).isTrue();
        assertThat(FRIDAY_MORNING.isDueSoon(monday)).isTrue();
    }

    @Test
    void aDeadlineLaterThanTheNextBusinessDayIsNotDueSoon() {
        assertThat(FRIDAY_MORNING.isDueSoon(open(oslo("2026-12-08T23:59:59")))).isFalse();
    }

    @Test
    void anOverdueItemIsNoLongerDueSoon() {
        InboxItem overdue = open(oslo("2026-12-03T23:59:59"));
        assertThat(FRIDAY_MORNING.isOverdue(overdue)).isTrue();
        assertThat(FRIDAY_MORNING.isDueSoon(overdue)).isFalse();
    }

    @Test
    void dueSoonSkipsAHolidayBeforeTheDeadline() {
        // Thursday 24 December 2026: the next business day is Monday 28 December (25 December is a
        // holiday, then the weekend).
        Deadlines christmasEve = Deadlines.at(oslo("2026-12-24T09:00"), CALENDAR);
        assertThat(christmasEve.dueSoonBefore()).isEqualTo(oslo("2026-12-29T00:00"));
        assertThat(christmasEve.isDueSoon(open(oslo("2026-12-28T23:59:59")))).isTrue();
        assertThat(christmasEve.isDueSoon(open(oslo("2026-12-29T23:59:59")))).isFalse();
    }

    @Test
    void todayAndItsBoundsAreOsloDaysEvenJustAfterMidnight() {
        // 23:30 UTC on 6 December is 00:30 on Monday 7 December in Oslo.
        Deadlines justAfterMidnight = Deadlines.at(Instant.parse("2026-12-06T23:30:00Z"), CALENDAR);
        assertThat(justAfterMidnight.today()).isEqualTo(LocalDate.of(2026, 12, 7));
        assertThat(justAfterMidnight.todayStart()).isEqualTo(oslo("2026-12-07T00:00"));
        assertThat(justAfterMidnight.tomorrowStart()).isEqualTo(oslo("2026-12-08T00:00"));
    }

    private static InboxItem open(Instant due) {
        InboxItem item = new InboxItem();
        item.status = InboxItem.Status.OPEN;
        item.type = due == null ? ItemType.APPOINTMENT_NOTICE : ItemType.E_CONSULTATION;
        item.replyDueBy = due;
        return item;
    }
}
