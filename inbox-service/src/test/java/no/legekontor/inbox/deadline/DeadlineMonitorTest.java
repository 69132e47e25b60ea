package no.legekontor.inbox.deadline;

import static no.legekontor.inbox.deadline.OwnClinic.econsultation;
import static no.legekontor.inbox.deadline.OwnClinic.endOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import no.legekontor.devtools.TestClock;
import no.legekontor.devtools.TopicClient;
import no.legekontor.inbox.support.PortalSide;
import no.legekontor.shared.calendar.BusinessCalendar;
import no.legekontor.shared.event.FollowUpSubmitted;
import no.legekontor.shared.event.RequestSubmitted;
import no.legekontor.shared.event.Topics;
import no.legekontor.support.messaging.EventCodec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * R8's deadline monitor against the real PostgreSQL and Kafka: the test moves the clock and sweeps
 * itself (the scheduled sweep is off in tests). Each test has a clinic of its own for its counts.
 */
@QuarkusTest
class DeadlineMonitorTest {

    @Inject
    EventCodec codec;

    @Inject
    TestClock clock;

    @Inject
    BusinessCalendar calendar;

    @Inject
    DeadlineMonitor monitor;

    PortalSide portal;

    @BeforeEach
    void portal() {
        portal = new PortalSide(codec);
    }

    @AfterEach
    void realTimeAgain() {
        clock.reset();
    }

    @Test
    void aClockMovedPastTheDeadlineMakesTheItemOverdueInTheListTheStatsAndTheGauges() {
        OwnClinic clinic = new OwnClinic("940000009", portal);
        LocalDate monday = OwnClinic.mondayAfterAnOrdinaryFriday(calendar);
        RequestSubmitted request = econsultation(endOf(monday));
        UUID item = clinic.arrive(request);

        // The due instant itself is still on time (and due today).
        clock.standAt(monday.atTime(23, 59, 59));
        assertThat(clinic.overdueItems()).isEmpty();
        assertThat(clinic.stats().getInt("overdue")).isZero();
        assertThat(clinic.stats().getInt("dueToday")).isEqualTo(1);

        clock.standAt(monday.plusDays(1).atTime(0, 0, 30));
        assertThat(clinic.overdueItems()).containsExactly(item.toString());
        assertThat(clinic.item(request.conversationId()).getBoolean("overdue")).isTrue();
        assertThat(clinic.stats().getInt("overdue")).isEqualTo(1);
        assertThat(clinic.stats().getInt("open")).isEqualTo(1);

        assertThat(monitor.sweep().overdue()).contains(item);
        assertThat(clinic.gauge("inbox_items_overdue")).isEqualTo(1.0);
        assertThat(clinic.gauge("inbox_items_open")).isEqualTo(1.0);
        assertThat(clinic.gauge("inbox_items_due_today")).isEqualTo(0.0);
    }

    @Test
    void anOverdueItemIsAnnouncedOnceOnInboxEventsHoweverOftenTheMonitorSweeps() {
        OwnClinic clinic = new OwnClinic("950000007", portal);
        OffsetDateTime yesterday = endOf(LocalDate.now(BusinessCalendar.OSLO).minusDays(1));
        RequestSubmitted request = econsultation(yesterday);
        UUID item = clinic.arrive(request);

        assertThat(monitor.sweep().overdue()).contains(item);
        assertThat(monitor.sweep().overdue()).doesNotContain(item);
        assertThat(monitor.sweep().overdue()).doesNotContain(item);
        // Opening the item sends the read receipt: keyed by the same conversation, it comes after
        // every announcement written before it.
        clinic.asGp().get("/api/v1/inbox/" + item).then().statusCode(200);

        List<TopicClient.Received> events = portal.inboxEvents(request.conversationId(), 3);
        assertThat(events).extracting(e -> e.headers().get(Topics.HEADER_EVENT_TYPE))
                .containsExactly("RequestReceived", "RequestOverdue", "ItemRead");
        assertThat(events.get(1).value())
                .contains("\"inboxItemId\":\"" + item + "\"")
                .contains("\"clinicId\":\"950000007\"")
                .contains("\"replyDueBy\":\"" + yesterday.atZoneSameInstant(BusinessCalendar.OSLO).toOffsetDateTime())
                .doesNotContain("Tekst fra pasienten", "Frist", PortalSide.KARI.nationalId());
        assertThat(portal.allInboxEvents(request.conversationId()))
                .filteredOn(e -> "RequestOverdue".equals(e.headers().get(Topics.HEADER_EVENT_TYPE)))
                .hasSize(1);
    }

    @Test
    void twoMonitorsSweepingAtOnceAnnounceEachOverdueItemOnce() throws Exception {
        OwnClinic clinic = new OwnClinic("960000005", portal);
        OffsetDateTime yesterday = endOf(LocalDate.now(BusinessCalendar.OSLO).minusDays(1));
        List<RequestSubmitted> requests = Stream.generate(() -> econsultation(yesterday)).limit(20).toList();
        requests.forEach(clinic::send);
        Set<UUID> items = requests.stream().map(r -> clinic.awaitItem(r.conversationId())).collect(Collectors.toSet());

        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService replicas = Executors.newFixedThreadPool(2);
        try {
            List<Future<DeadlineMonitor.Sweep>> sweeps = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                sweeps.add(replicas.submit(() -> {
                    together.await();
                    return monitor.sweep();
                }));
            }
            List<UUID> announced = new ArrayList<>();
            for (Future<DeadlineMonitor.Sweep> sweep : sweeps) {
                sweep.get().overdue().stream().filter(items::contains).forEach(announced::add);
            }
            assertThat(announced).hasSize(20).doesNotHaveDuplicates();
        } finally {
            replicas.shutdownNow();
        }

        Set<String> conversations = requests.stream().map(r -> r.conversationId().toString())
                .collect(Collectors.toSet());
        assertThat(portal.inboxEvents(e -> conversations.contains(e.key())
                && "RequestOverdue".equals(e.headers().get(Topics.HEADER_EVENT_TYPE)), 20)).hasSize(20);
        assertThat(monitor.sweep().overdue()).doesNotContainAnyElementsOf(items);
    }

    @Test
    void aFollowUpThatReopensTheItemWithANewDeadlineIsAnnouncedAgainForThatDeadline() {
        OwnClinic clinic = new OwnClinic("970000003", portal);
        RequestSubmitted request = econsultation(endOf(LocalDate.now(BusinessCalendar.OSLO).minusDays(1)));
        UUID item = clinic.arrive(request);
        assertThat(monitor.sweep().overdue()).contains(item);

        LocalDate monday = OwnClinic.mondayAfterAnOrdinaryFriday(calendar);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.ofHours(1)).truncatedTo(ChronoUnit.SECONDS);
        portal.publish(portal.envelope(new FollowUpSubmitted(request.conversationId(), UUID.randomUUID(),
                "Har du sett på dette?", now, endOf(monday), null, false, PortalSide.KARI), request.conversationId()));
        await().atMost(Duration.ofSeconds(30)).until(() -> !clinic.item(request.conversationId())
                .getBoolean("overdue"));
        assertThat(monitor.sweep().overdue()).doesNotContain(item);

        clock.standAt(monday.plusDays(1).atTime(0, 0, 30));
        assertThat(monitor.sweep().overdue()).contains(item);
        assertThat(monitor.sweep().overdue()).doesNotContain(item);
    }
}
