package no.legekontor.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import no.legekontor.devtools.TopicClient;
import no.legekontor.devtools.launch.Service;
import no.legekontor.devtools.launch.ServiceInstance;
import no.legekontor.shared.event.Topics;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Faults under load, with real processes, the real broker and PostgreSQL: while a stream of 500
 * e-consultations and their answers runs ({@link RequestStream}), the broker stops, the inbox is
 * killed, PostgreSQL becomes unreachable, poison and unknown events arrive, or two replicas of each
 * service share the work. Each time every accepted request reaches the inbox exactly once and every
 * reply reaches the patient exactly once ({@link ExactlyOnce}).
 */
@Tag("stack")
class NothingLostUnderFaultsTest {

    private static final int STREAM = 500;
    private static final Duration FINISH = Duration.ofSeconds(240);

    static RunningSystem system;
    static List<String> patients;

    @BeforeAll
    static void startSystem() {
        system = RunningSystem.get();
        patients = StreamPatients.tokens(system.portal.baseUrl(), 10);
    }

    @Test
    void brokerStoppedFor20SecondsLosesAndDuplicatesNothing() throws SQLException {
        try (RequestStream stream = stream(15, List.of(system.portal), List.of(system.inbox))) {
            stream.awaitAccepted(100, Duration.ofSeconds(60));
            system.broker.stop();
            int beforeTheOutage = stream.accepted();
            try {
                holdFor(Duration.ofSeconds(20));
                assertThat(stream.accepted()).as("submissions accepted while the broker is away (the outbox)")
                        .isGreaterThan(beforeTheOutage);
            } finally {
                system.broker.start();
            }
            finish(stream);
        }
    }

    @Test
    void inboxKilledWhileConsumingAndStartedAgainLosesAndDuplicatesNothing() throws SQLException {
        try (RequestStream stream = stream(20, List.of(system.portal), List.of(system.inbox))) {
            stream.awaitAccepted(150, Duration.ofSeconds(60));
            await().atMost(Duration.ofSeconds(60)).until(() -> stream.answered() >= 30);
            system.inbox.kill();
            assertThat(system.inbox.isRunning()).isFalse();
            system.inbox.start();
            system.inbox.awaitReady(RunningSystem.READY_TIMEOUT);
            finish(stream);
        }
    }

    /**
     * 20 s: time for readiness to go DOWN and for requests and events to pile up. A longer outage is
     * the same to the services: the one limit that once made it differ (SmallRye failing a consumer's
     * channel after 60 s without an ack) is off, which each service's ConsumerSettingsTest checks.
     */
    @Test
    void postgresUnreachableFor20SecondsTakesReadinessDownAndBackAndLosesAndDuplicatesNothing() throws SQLException {
        List<ServiceInstance> services = List.of(system.portal, system.inbox);
        try (RequestStream stream = stream(20, List.of(system.portal), List.of(system.inbox))) {
            stream.awaitAccepted(100, Duration.ofSeconds(60));
            Instant cut = Instant.now();
            system.databaseLink.cut();
            try {
                await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(services)
                        .as("ready while PostgreSQL is unreachable").noneMatch(ServiceInstance::isReady));
                holdFor(Duration.between(Instant.now(), cut.plusSeconds(20)));
            } finally {
                system.databaseLink.restore();
            }
            await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> assertThat(services)
                    .as("ready again once PostgreSQL answers").allMatch(ServiceInstance::isReady));
            finish(stream);
        }
    }

    @Test
    void poisonAndUnknownEventsInEachConsumedTopicAreSetAsideWhileTheStreamFlowsOn() throws SQLException {
        HandPublished portalRequests = new HandPublished(system, Topics.PORTAL_REQUESTS, "RequestSubmitted");
        HandPublished inboxEvents = new HandPublished(system, Topics.INBOX_EVENTS, "ReplyPosted");
        try (RequestStream stream = stream(25, List.of(system.portal), List.of(system.inbox))) {
            stream.awaitAccepted(100, Duration.ofSeconds(60));
            for (HandPublished topic : List.of(portalRequests, inboxEvents)) {
                topic.publishPoisonAndUnknown();
            }
            finish(stream);
        }
        portalRequests.assertPoisonDeadLetteredAndUnknownParkedIn(system.inboxDatabase);
        inboxEvents.assertPoisonDeadLetteredAndUnknownParkedIn(system.portalDatabase);
    }

    @Test
    void twoReplicasOfEachServiceShareTheConsumersAndAnnounceNothingTwice() throws Exception {
        ServiceInstance portal2 = system.replica(Service.PORTAL_API, 2);
        ServiceInstance inbox2 = system.replica(Service.INBOX_SERVICE, 2);
        try {
            portal2.start();
            inbox2.start();
            portal2.awaitReady(RunningSystem.READY_TIMEOUT);
            inbox2.awaitReady(RunningSystem.READY_TIMEOUT);
            ConsumerGroups.assertSplitBetweenTwoMembers(system, "inbox-service", Topics.PORTAL_REQUESTS);
            ConsumerGroups.assertSplitBetweenTwoMembers(system, "portal-api", Topics.INBOX_EVENTS);
            try (RequestStream stream = stream(25, List.of(system.portal, portal2), List.of(system.inbox, inbox2))) {
                finish(stream);
                Set<String> keys = stream.acceptedConversations().stream().map(UUID::toString)
                        .collect(Collectors.toSet());
                for (String topic : List.of(Topics.PORTAL_REQUESTS, Topics.INBOX_EVENTS)) {
                    Map<String, Long> published = new TopicClient(system.broker.bootstrapServers())
                            .readAll(topic, record -> keys.contains(record.key())).stream()
                            .collect(Collectors.groupingBy(record -> record.headers().get(Topics.HEADER_EVENT_ID),
                                    Collectors.counting()));
                    assertThat(published).as("events on %s per event id", topic).isNotEmpty()
                            .allSatisfy((id, count) -> assertThat(count).as("event %s", id).isEqualTo(1));
                }
            }
        } finally {
            portal2.stop();
            inbox2.stop();
        }
    }

    private static RequestStream stream(double perSecond, List<ServiceInstance> portals, List<ServiceInstance> inboxes) {
        return new RequestStream(system, patients, portals, inboxes, perSecond, STREAM).start();
    }

    private static void finish(RequestStream stream) throws SQLException {
        try {
            stream.awaitAllAnswered(FINISH);
        } finally {
            System.out.println(stream.summary());
        }
        ExactlyOnce.assertEveryRequestAndReplyArrivedOnce(system, stream);
    }

    /** The fault lasts this long (a duration to hold, not a result to wait for). */
    private static void holdFor(Duration duration) {
        if (duration.isNegative()) {
            return;
        }
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
