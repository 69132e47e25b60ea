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
import no.legekontor.support.messaging.EventCodec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The inbox gauges in /q/metrics, per clinic, refreshed by the monitor's sweep. */
@QuarkusTest
class InboxGaugesTest {

    @Inject
    EventCodec codec;

    @Inject
    TestClock clock;

    @Inject
    DeadlineMonitor monitor;

    @AfterEach
    void realTimeAgain() {
        clock.reset();
    }

    @Test
    void gaugesCountEachClinicsOpenDueTodayAndOverdueItemsAsTheStatsDo() {
        PortalSide portal = new PortalSide(codec);
        OwnClinic clinic = new OwnClinic("991000003", portal);
        OwnClinic other = new OwnClinic("961000009", portal);
        LocalDate today = LocalDate.now(BusinessCalendar.OSLO);
        clock.standAt(today.atTime(12, 0));
        UUID overdue = clinic.arrive(econsultation(endOf(today.minusDays(1))));
        clinic.arrive(econsultation(endOf(today)));
        clinic.arrive(econsultation(endOf(today.plusDays(7))));
        other.arrive(econsultation(endOf(today.plusDays(7))));

        monitor.sweep();
        assertThat(clinic.gauge("inbox_items_open")).isEqualTo(3.0);
        assertThat(clinic.gauge("inbox_items_due_today")).isEqualTo(1.0);
        assertThat(clinic.gauge("inbox_items_overdue")).isEqualTo(1.0);
        assertThat(other.gauge("inbox_items_open")).isEqualTo(1.0);
        assertThat(other.gauge("inbox_items_overdue")).isEqualTo(0.0);
        assertThat(clinic.stats().getInt("open")).isEqualTo(3);
        assertThat(clinic.stats().getInt("dueToday")).isEqualTo(1);
        assertThat(clinic.stats().getInt("overdue")).isEqualTo(1);

        // Answered, the overdue item no longer counts once the next sweep has run.
        clinic.asGp().body("{\"body\":\"Svar.\"}").post("/api/v1/inbox/" + overdue + "/replies").then().statusCode(201);
        monitor.sweep();
        assertThat(clinic.gauge("inbox_items_open")).isEqualTo(2.0);
        assertThat(clinic.gauge("inbox_items_overdue")).isEqualTo(0.0);
    }
}
