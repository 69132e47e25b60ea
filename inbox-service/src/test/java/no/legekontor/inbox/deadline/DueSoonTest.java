package no.legekontor.inbox.deadline;

import static no.legekontor.inbox.deadline.OwnClinic.econsultation;
import static no.legekontor.inbox.deadline.OwnClinic.endOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.UUID;
import no.legekontor.devtools.TestClock;
import no.legekontor.inbox.support.PortalSide;
import no.legekontor.shared.calendar.BusinessCalendar;
import no.legekontor.shared.event.RequestSubmitted;
import no.legekontor.shared.event.Topics;
import no.legekontor.support.messaging.EventCodec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** "Due soon" is the business day before the deadline's day: a Monday deadline on the Friday before. */
@QuarkusTest
class DueSoonTest {

    @Inject
    EventCodec codec;

    @Inject
    TestClock clock;

    @Inject
    BusinessCalendar calendar;

    @Inject
    DeadlineMonitor monitor;

    @AfterEach
    void realTimeAgain() {
        clock.reset();
    }

    @Test
    void aDeadlineOnMondayIsAnnouncedDueSoonOnTheFridayBeforeAndOverdueOnTuesdayOnceEach() {
        PortalSide portal = new PortalSide(codec);
        OwnClinic clinic = new OwnClinic("980000001", portal);
        LocalDate monday = OwnClinic.mondayAfterAnOrdinaryFriday(calendar);
        LocalDate friday = monday.minusDays(3);
        RequestSubmitted request = econsultation(endOf(monday));
        UUID item = clinic.arrive(request);

        clock.standAt(friday.minusDays(1).atTime(23, 59, 59));
        assertThat(monitor.sweep().dueSoon()).doesNotContain(item);
        assertThat(clinic.item(request.conversationId()).getBoolean("dueSoon")).isFalse();

        clock.standAt(friday.atTime(0, 0, 1));
        assertThat(monitor.sweep().dueSoon()).contains(item);
        assertThat(monitor.sweep().dueSoon()).doesNotContain(item);
        assertThat(clinic.item(request.conversationId()).getBoolean("dueSoon")).isTrue();

        // Monday: due today, still due soon in the view, not announced again, not overdue.
        clock.standAt(monday.atTime(12, 0));
        DeadlineMonitor.Sweep onMonday = monitor.sweep();
        assertThat(onMonday.dueSoon()).doesNotContain(item);
        assertThat(onMonday.overdue()).doesNotContain(item);
        assertThat(clinic.stats().getInt("dueToday")).isEqualTo(1);
        assertThat(clinic.item(request.conversationId()).getBoolean("dueSoon")).isTrue();

        clock.standAt(monday.plusDays(1).atTime(0, 0, 30));
        assertThat(monitor.sweep().overdue()).contains(item);
        assertThat(clinic.item(request.conversationId()).getBoolean("dueSoon")).isFalse();
        // The read receipt comes after every announcement on the conversation's key.
        clinic.asGp().get("/api/v1/inbox/" + item).then().statusCode(200);
        assertThat(portal.inboxEvents(request.conversationId(), 4))
                .extracting(e -> e.headers().get(Topics.HEADER_EVENT_TYPE))
                .containsExactly("RequestReceived", "RequestDueSoon", "RequestOverdue", "ItemRead");
    }

    @Test
    void anItemThatIsAlreadyOverdueIsNotAnnouncedDueSoon() {
        OwnClinic clinic = new OwnClinic("981000005", new PortalSide(codec));
        UUID item = clinic.arrive(econsultation(endOf(LocalDate.now(BusinessCalendar.OSLO).minusDays(1))));
        DeadlineMonitor.Sweep sweep = monitor.sweep();
        assertThat(sweep.overdue()).contains(item);
        assertThat(sweep.dueSoon()).doesNotContain(item);
    }
}
