package no.legekontor.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import no.legekontor.devtools.Demo;
import no.legekontor.devtools.TopicClient;
import no.legekontor.devtools.asyncapi.EventContract;
import no.legekontor.devtools.launch.LaunchSettings;
import no.legekontor.devtools.launch.Service;
import no.legekontor.devtools.launch.ServiceInstance;
import no.legekontor.devtools.launch.SystemLauncher;
import no.legekontor.shared.calendar.BusinessCalendar;
import no.legekontor.shared.event.Topics;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Two packaged inbox-service processes on one database and one broker, each sweeping for deadlines
 * every second: every request is announced due soon or overdue once, not once per replica. The
 * test plays portal-api, publishing {@code RequestSubmitted} by hand with deadlines that have
 * passed or fall on the next business day.
 */
@Tag("stack")
class DeadlineMonitorReplicasTest {

    private static final int OVERDUE = 10;
    private static final int DUE_SOON = 5;
    /** A few sweeps of each replica after the last announcement: time enough for a duplicate to show. */
    private static final int MORE_SWEEPS = 5;

    static SystemLauncher launcher;
    static List<ServiceInstance> replicas = new ArrayList<>();
    static TopicClient topics;

    @BeforeAll
    static void twoReplicasOnOneDatabase() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        LaunchSettings settings = new LaunchSettings(Path.of("target", "system", "deadline-monitor"))
                .jvmOptions(LaunchSettings.TEST_SERVICE_JVM)
                .database(Service.PORTAL_API, "portal_replicas_" + suffix)
                .database(Service.INBOX_SERVICE, "inbox_replicas_" + suffix)
                .config(Service.INBOX_SERVICE, "inbox.deadline-monitor.every", "1s")
                .config(Service.INBOX_SERVICE, "quarkus.log.category.\"no.legekontor.inbox.deadline\".level", "DEBUG");
        launcher = new SystemLauncher(settings);
        launcher.broker().start();
        launcher.createDatabases();
        topics = new TopicClient(launcher.broker().bootstrapServers());
        for (int n = 1; n <= 2; n++) {
            replicas.add(launcher.start(Service.INBOX_SERVICE, n));
        }
        replicas.forEach(replica -> replica.awaitReady(Duration.ofSeconds(90)));
    }

    @AfterAll
    static void stop() {
        if (launcher != null) {
            launcher.close();
            launcher.dropDatabases();
        }
    }

    @Test
    void twoReplicasAnnounceEachOverdueAndEachDueSoonRequestOnce() {
        LocalDate today = LocalDate.now(BusinessCalendar.OSLO);
        OffsetDateTime passed = endOf(today.minusDays(1));
        OffsetDateTime nextBusinessDay = endOf(new BusinessCalendar().addBusinessDays(today, 1));
        Set<String> overdue = Stream.generate(() -> submit(passed)).limit(OVERDUE).collect(Collectors.toSet());
        Set<String> dueSoon = Stream.generate(() -> submit(nextBusinessDay)).limit(DUE_SOON).collect(Collectors.toSet());

        awaitAnnounced("RequestOverdue", overdue);
        awaitAnnounced("RequestDueSoon", dueSoon);
        List<Double> sweepsSoFar = replicas.stream().map(r -> metric(r, "inbox_deadline_sweeps_total")).toList();
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            for (int i = 0; i < replicas.size(); i++) {
                if (metric(replicas.get(i), "inbox_deadline_sweeps_total") < sweepsSoFar.get(i) + MORE_SWEEPS) {
                    return false;
                }
            }
            return true;
        });

        assertThat(announcedByAllReplicas("overdue")).isEqualTo(OVERDUE);
        assertThat(announcedByAllReplicas("due_soon")).isEqualTo(DUE_SOON);
        assertThat(announcementsPerRequest("RequestOverdue", overdue)).containsOnlyKeys(overdue).allSatisfy(
                (conversation, count) -> assertThat(count).as(conversation).isEqualTo(1));
        assertThat(announcementsPerRequest("RequestDueSoon", dueSoon)).containsOnlyKeys(dueSoon).allSatisfy(
                (conversation, count) -> assertThat(count).as(conversation).isEqualTo(1));
    }

    /** Publishes an e-consultation from Kari to Demo Legesenter as portal-api would; returns its conversation. */
    private static String submit(OffsetDateTime replyDueBy) {
        String conversation = UUID.randomUUID().toString();
        String eventId = UUID.randomUUID().toString();
        String now = OffsetDateTime.now(BusinessCalendar.OSLO).withNano(0).toString();
        String kari = """
                {"nationalId":"%s","name":"Kari Nordmann","birthDate":"1985-03-14"}""".formatted(Demo.KARI);
        String json = """
                {"id":"%s","type":"RequestSubmitted","schemaVersion":1,"occurredAt":"%s","clinicId":"%s",\
                "aggregateId":"%s","payload":{"conversationId":"%s","requestType":"E_CONSULTATION",\
                "subject":"Frist","body":"Tekst fra pasienten.","submittedAt":"%s","replyDueBy":"%s",\
                "possiblyUrgent":false,"patient":%s,"submittedBy":%s,"gpHpr":"%s",\
                "fee":{"amountNok":224,"exempt":false}}}""".formatted(eventId, now, Demo.DEMO_CLINIC, conversation,
                conversation, now, replyDueBy, kari, kari, Demo.LISE_BERG_HPR);
        topics.publish(Topics.PORTAL_REQUESTS, conversation, json,
                Map.of(Topics.HEADER_EVENT_ID, eventId, Topics.HEADER_EVENT_TYPE, "RequestSubmitted"));
        return conversation;
    }

    private static void awaitAnnounced(String type, Set<String> conversations) {
        List<TopicClient.Received> found = topics.readUntil(Topics.INBOX_EVENTS, announcement(type, conversations),
                read -> read.stream().map(TopicClient.Received::key).collect(Collectors.toSet())
                        .containsAll(conversations), Duration.ofSeconds(60));
        assertThat(found).extracting(TopicClient.Received::key).containsAll(conversations);
        EventContract contract = EventContract.committed();
        assertThat(found).flatExtracting(record -> contract.violations(Topics.INBOX_EVENTS, record))
                .as("%s events that break asyncapi/portal-events.yaml", type).isEmpty();
    }

    private static Map<String, Long> announcementsPerRequest(String type, Set<String> conversations) {
        return topics.readAll(Topics.INBOX_EVENTS, announcement(type, conversations)).stream()
                .collect(Collectors.groupingBy(TopicClient.Received::key, Collectors.counting()));
    }

    private static Predicate<TopicClient.Received> announcement(String type, Set<String> conversations) {
        return r -> conversations.contains(r.key()) && type.equals(r.headers().get(Topics.HEADER_EVENT_TYPE));
    }

    private static long announcedByAllReplicas(String kind) {
        Function<ServiceInstance, Double> announced = r -> metric(r,
                "inbox_deadline_announced_total\\{kind=\"" + kind + "\"}");
        return Math.round(replicas.stream().map(announced).mapToDouble(Double::doubleValue).sum());
    }

    /** A value from the replica's /q/metrics on its management port (0 while it has none). */
    private static double metric(ServiceInstance replica, String name) {
        try {
            String metrics = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(replica.managementUrl() + "/q/metrics")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            Matcher value = Pattern.compile("^" + name + " (\\S+)$", Pattern.MULTILINE).matcher(metrics);
            return value.find() ? Double.parseDouble(value.group(1)) : 0;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static OffsetDateTime endOf(LocalDate day) {
        return day.atTime(23, 59, 59).atZone(BusinessCalendar.OSLO).toOffsetDateTime();
    }
}
