package no.legekontor.system;

import static no.legekontor.devtools.Demo.KARI;
import static no.legekontor.system.SystemCalls.awaitInboxItem;
import static no.legekontor.system.SystemCalls.inbox;
import static no.legekontor.system.SystemCalls.portal;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import no.legekontor.devtools.Demo;
import no.legekontor.devtools.DevTokens;
import no.legekontor.devtools.EventStreamClient;
import no.legekontor.devtools.launch.Service;
import no.legekontor.devtools.launch.ServiceInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Two packaged portal-api processes on one database and one consumer group: Kari holds a stream of
 * her notifications on each, and a reply from the office reaches both. Exactly one replica's
 * consumer applied the reply (the round trips and {@code ExactlyOnce} hold that), so one of the two
 * streams got it from the other replica, woken through PostgreSQL. The system re-reads streams only
 * every 10 minutes ({@link RunningSystem}), so within this test's bound the notification arrives by
 * its wake-up or not at all.
 */
@Tag("stack")
class NotificationStreamReplicasTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    static RunningSystem system;
    static ServiceInstance portal2;

    @BeforeAll
    static void twoPortalReplicas() {
        system = RunningSystem.get();
        portal2 = system.replica(Service.PORTAL_API, 2);
        portal2.start();
        portal2.awaitReady(RunningSystem.READY_TIMEOUT);
    }

    @AfterAll
    static void stopTheSecond() {
        if (portal2 != null) {
            portal2.stop();
        }
    }

    @Test
    void aReplysNotificationReachesKarisStreamsOnBothReplicasWhicheverAppliedIt() throws Exception {
        String kari = DevTokens.patient(KARI);
        Instant start = Instant.now();
        try (EventStreamClient onFirst = open(system.portal, kari); EventStreamClient onSecond = open(portal2, kari)) {
            assertThat(onFirst.status()).isEqualTo(200);
            assertThat(onSecond.status()).isEqualTo(200);
            // An office message: its reply gives no invoice, so the reply's notification is the only one.
            String conversation = portal(kari)
                    .body(Map.of("subject", "Attest", "body", "Kan jeg hente attesten i morgen?",
                            "confirmNotUrgent", true))
                    .post("/api/v1/messages").then().statusCode(201).extract().path("id");
            String item = awaitInboxItem(Demo.anneDahlToken(), conversation);
            inbox(Demo.anneDahlToken()).body(Map.of("body", "Ja, den ligger i resepsjonen."))
                    .post("/api/v1/inbox/" + item + "/replies").then().statusCode(201);

            EventStreamClient.Event first = onFirst.expect(PATIENCE);
            EventStreamClient.Event second = onSecond.expect(PATIENCE);

            assertThat(second.id()).isEqualTo(first.id());
            for (EventStreamClient.Event event : new EventStreamClient.Event[] {first, second}) {
                JsonNode notification = new ObjectMapper().readTree(event.data());
                assertThat(notification.get("kind").asText()).isEqualTo("REPLY");
                assertThat(notification.get("link").asText()).isEqualTo("/conversations/" + conversation);
                assertThat(event.data()).doesNotContain("resepsjonen");
            }
            System.out.printf("The reply's notification reached both replicas' streams %d ms after the test began%n",
                    Duration.between(start, Instant.now()).toMillis());
        }
    }

    private static EventStreamClient open(ServiceInstance replica, String token) {
        return EventStreamClient.open(URI.create(replica.baseUrl() + "/api/v1/notifications/stream"), token, Map.of());
    }
}
