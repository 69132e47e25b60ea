package no.legekontor.portal.notification;

import static no.legekontor.devtools.Demo.DEMO_CLINIC;
import static no.legekontor.portal.notification.NotificationChecks.readyAdultNotifiedBy;
import static no.legekontor.portal.support.Api.asPatient;
import static no.legekontor.portal.support.Schedule.booked;
import static no.legekontor.portal.support.Schedule.newSlot;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.legekontor.devtools.Demo;
import no.legekontor.devtools.DevTokens;
import no.legekontor.devtools.EventStreamClient;
import no.legekontor.portal.account.Patient;
import no.legekontor.portal.notification.live.LiveStreams;
import no.legekontor.portal.support.Accounts;
import no.legekontor.portal.support.InboxEvents;
import no.legekontor.shared.calendar.BusinessCalendar;
import no.legekontor.shared.event.EventEnvelope;
import no.legekontor.shared.event.ReplyPosted;
import no.legekontor.shared.identity.NationalId;
import no.legekontor.support.messaging.EventCodec;
import org.junit.jupiter.api.Test;

/**
 * The live stream of a person's notifications (issue 23): a reply that arrives over the real broker
 * reaches an open stream as an event whose id the app resumes from with {@code Last-Event-ID}; the
 * stream keeps itself open with heartbeats, holds only what the caller may see, and a missed wake-up
 * is healed by the periodic re-read. The test profile re-reads only every 10 minutes, so within these
 * tests' bounds an event arrives by its wake-up or not at all.
 */
@QuarkusTest
class NotificationStreamTest {

    static final Duration PATIENCE = Duration.ofSeconds(30);
    static final String ANSWERED = "Du har fått svar fra Demo Legesenter. Logg inn for å lese det.";

    @TestHTTPResource("/api/v1/notifications/stream")
    URI stream;

    @Inject
    EventCodec codec;

    @Inject
    ObjectMapper json;

    @Inject
    EntityManager em;

    @Inject
    LiveStreams streams;

    @Test
    void aReplyReachesTheOpenStreamAndAStreamResumedFromItsIdGetsOnlyWhatCameAfter() throws Exception {
        String person = readyAdultNotifiedBy("Strøm Siri", false, false);
        // A message to the office: its reply gives no invoice, so the reply's notification is the only one.
        UUID conversation = UUID.fromString(asPatient(person)
                .body(Map.of("subject", "Attest", "body", "Kan jeg hente attesten?", "confirmNotUrgent", true))
                .post("/api/v1/messages").then().statusCode(201).extract().path("id"));
        EventStreamClient.Event first;
        try (EventStreamClient open = open(person, Map.of())) {
            assertThat(open.status()).isEqualTo(200);
            assertThat(open.header("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/event-stream"));
            reply(conversation, "Første svar med innhold som ikke skal ut");

            first = open.expect(PATIENCE);
        }
        assertThat(first.name()).isEqualTo("notification");
        JsonNode notification = json.readTree(first.data());
        assertThat(first.id()).isEqualTo(notification.get("id").asText());
        assertThat(notification.get("kind").asText()).isEqualTo("REPLY");
        assertThat(notification.get("text").asText()).isEqualTo(ANSWERED);
        assertThat(notification.get("link").asText()).isEqualTo("/conversations/" + conversation);
        assertThat(first.data()).doesNotContain("innhold");

        reply(conversation, "Andre svar");
        await().atMost(PATIENCE).until(() -> listedIds(person).size() == 2);
        try (EventStreamClient resumed = open(person, Map.of("Last-Event-ID", first.id()))) {
            EventStreamClient.Event second = resumed.expect(PATIENCE);
            assertThat(second.id()).isNotEqualTo(first.id()).isEqualTo(listedIds(person).get(0));
            assertThat(resumed.next(Duration.ofSeconds(2))).as("nothing before the id it resumed from").isEmpty();
        }
        try (EventStreamClient fromStart = open(person, Map.of())) {
            assertThat(fromStart.next(Duration.ofSeconds(2))).as("without an id, only what comes next").isEmpty();
        }
    }

    @Test
    void sinceOnTheStreamReplaysLikeLastEventIdAndTheHeaderWins() {
        String person = readyAdultNotifiedBy("Strøm Sander", false, false);
        String appointment = booked(person, newSlot());
        asPatient(person).delete("/api/v1/appointments/" + appointment).then().statusCode(200);
        List<String> ids = listedIds(person);
        String booking = ids.get(1);
        String cancellation = ids.get(0);

        try (EventStreamClient replayed = open(person, "?since=" + booking, Map.of())) {
            assertThat(replayed.expect(PATIENCE).id()).isEqualTo(cancellation);
        }
        try (EventStreamClient resumed = open(person, "?since=" + booking, Map.of("Last-Event-ID", cancellation))) {
            assertThat(resumed.next(Duration.ofSeconds(2))).isEmpty();
        }
    }

    @Test
    void aGuardiansStreamForAChildCarriesOnlyThatChildsNotifications() {
        String parent = readyAdultNotifiedBy("Strøm Signe", false, false);
        String child = Accounts.register("Strøm Sindre", LocalDate.now(BusinessCalendar.OSLO).minusYears(8));
        Accounts.registerGuardian(parent, child);
        try (EventStreamClient forChild = open(parent, Map.of("On-Behalf-Of", child));
                EventStreamClient own = open(parent, Map.of())) {
            booked(parent, newSlot());
            asPatient(parent).header("On-Behalf-Of", child)
                    .body(Map.of("slotId", newSlot(), "reason", "Kontroll", "urgent", false))
                    .post("/api/v1/appointments").then().statusCode(201);

            EventStreamClient.Event childs = forChild.expect(PATIENCE);
            assertThat(childs.data()).contains("APPOINTMENT_BOOKED");
            assertThat(forChild.next(Duration.ofSeconds(2))).as("not the guardian's own booking").isEmpty();
            assertThat(List.of(own.expect(PATIENCE).id(), own.expect(PATIENCE).id()))
                    .as("the guardian's own stream holds both").contains(childs.id());
        }
    }

    @Test
    void theStreamRefusesAsTheListDoes() {
        EventStreamClient noToken = EventStreamClient.open(stream, null, Map.of());
        assertThat(noToken.status()).isEqualTo(401);
        assertThat(noToken.header("Content-Type")).hasValue("application/problem+json");
        EventStreamClient jonas = open(Demo.KARI, Map.of("On-Behalf-Of", Demo.JONAS));
        assertThat(jonas.status()).isEqualTo(403);
        assertThat(jonas.refusal()).contains("/proxy-access-ended");
        EventStreamClient unknownId = open(Demo.KARI, Map.of("Last-Event-ID", UUID.randomUUID().toString()));
        assertThat(unknownId.status()).isEqualTo(400);
        assertThat(unknownId.refusal()).contains("/validation-failed").contains("Last-Event-ID");
    }

    @Test
    void anIdleStreamSendsHeartbeats() {
        String person = readyAdultNotifiedBy("Strøm Sunniva", false, false);
        try (EventStreamClient idle = open(person, Map.of())) {
            await().atMost(PATIENCE).until(() -> idle.comments().size() >= 3);
            assertThat(idle.ended()).isFalse();
            assertThat(idle.next(Duration.ZERO)).isEmpty();
        }
    }

    @Test
    void aNotificationWhoseWakeUpWasMissedArrivesWithTheNextReRead() {
        String person = readyAdultNotifiedBy("Strøm Svein", false, false);
        try (EventStreamClient open = open(person, Map.of())) {
            // The stream's first read runs after the answer's headers: let it pass, or it would
            // find the row below itself (seen on Java 25, where the headers came back sooner).
            assertThat(open.next(Duration.ofSeconds(1))).as("nothing before the insert").isEmpty();
            UUID missed = insertWithoutWakeUp(person);
            assertThat(open.next(Duration.ofSeconds(3))).as("no wake-up was sent").isEmpty();

            streams.reread();

            assertThat(open.expect(PATIENCE).id()).isEqualTo(missed.toString());
        }
    }

    @Test
    void deliveriesAreInTheAccessLogAndAnEmptyStreamIsNot() {
        String person = readyAdultNotifiedBy("Strøm Stine", false, false);
        Instant start = Instant.now();
        try (EventStreamClient idle = open(person, Map.of())) {
            await().atMost(PATIENCE).until(() -> idle.comments().size() >= 2);
        }
        assertThat(streamedEntries(person, start)).as("nothing was shown").isEmpty();
        try (EventStreamClient open = open(person, Map.of())) {
            booked(person, newSlot());
            open.expect(PATIENCE);
        }
        await().atMost(PATIENCE).until(() -> !streamedEntries(person, start).isEmpty());
        assertThat(streamedEntries(person, start)).allSatisfy(entry -> assertThat(entry)
                .containsEntry("who", "deg").containsEntry("resourceType", "notification"));
    }

    private EventStreamClient open(String nationalId, Map<String, String> headers) {
        return open(nationalId, "", headers);
    }

    private EventStreamClient open(String nationalId, String query, Map<String, String> headers) {
        return EventStreamClient.open(URI.create(stream + query), DevTokens.patient(nationalId), headers);
    }

    private void reply(UUID conversation, String body) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.ofHours(1));
        EventEnvelope event = EventEnvelope.of(new ReplyPosted(conversation, UUID.randomUUID(), body, Demo.ANNE_DAHL,
                Demo.ANNE_DAHL_HPR, "office", now), DEMO_CLINIC, conversation, now);
        InboxEvents.publish(codec, event);
    }

    private static List<String> listedIds(String nationalId) {
        return asPatient(nationalId).get("/api/v1/notifications").then().statusCode(200).extract().path("items.id");
    }

    /** The access-log entries of notifications shown to the person since {@code start}. */
    private static List<Map<String, Object>> streamedEntries(String nationalId, Instant start) {
        List<Map<String, Object>> entries = asPatient(nationalId).queryParam("size", 100).get("/api/v1/audit-log")
                .then().statusCode(200).extract().path("items.findAll { it.action == 'notification.listed' }");
        return entries.stream()
                .filter(e -> OffsetDateTime.parse((String) e.get("occurredAt")).toInstant().isAfter(start))
                .toList();
    }

    /** A notification row written as a writer that forgot the wake-up would (or whose wake-up was lost). */
    private UUID insertWithoutWakeUp(String nationalId) {
        UUID id = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> {
            UUID person = Patient.byNationalId(NationalId.parse(nationalId)).orElseThrow().id;
            em.createNativeQuery("""
                    insert into notification (id, recipient_id, about_id, kind, subject_id, clinic_org, text, link,
                                              sent_by_sms, sent_by_email, created_at)
                    values (?1, ?2, ?2, 'INVOICE', ?3, ?4, 'Du har fått en ny faktura.', '/invoices', false, false, ?5)""")
                    .setParameter(1, id)
                    .setParameter(2, person)
                    .setParameter(3, UUID.randomUUID())
                    .setParameter(4, DEMO_CLINIC)
                    .setParameter(5, Instant.now())
                    .executeUpdate();
        });
        return id;
    }
}
