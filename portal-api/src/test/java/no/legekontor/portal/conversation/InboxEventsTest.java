package no.legekontor.portal.conversation;

import static no.legekontor.devtools.Demo.DEMO_CLINIC;
import static no.legekontor.devtools.Demo.KARI;
import static no.legekontor.portal.support.Api.asPatient;
import static no.legekontor.portal.support.Api.submitEConsultation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import no.legekontor.portal.support.InboxEvents;
import no.legekontor.shared.event.EventEnvelope;
import no.legekontor.shared.event.EventPayload;
import no.legekontor.shared.event.ItemClosed;
import no.legekontor.shared.event.ItemRead;
import no.legekontor.shared.event.ReplyPosted;
import no.legekontor.shared.event.RequestDueSoon;
import no.legekontor.shared.event.RequestOverdue;
import no.legekontor.shared.event.RequestReceived;
import no.legekontor.support.messaging.EventCodec;
import org.junit.jupiter.api.Test;

/** The portal's side of inbox.events.v1, with the events published by the test on the real broker. */
@QuarkusTest
class InboxEventsTest {

    @Inject
    EventCodec codec;

    @Inject
    EntityManager em;

    @Test
    void conversationMovesToReceivedThenAnsweredWithTheReply() {
        UUID id = UUID.fromString(submitEConsultation(KARI));
        publish(new RequestReceived(id, UUID.randomUUID(), now(), now().plusDays(7)), id);
        awaitStatus(id, "RECEIVED");

        publish(new ReplyPosted(id, UUID.randomUUID(), "Bruk fuktighetskrem.", "Lise Berg", "9100001", "gp", now()), id);
        awaitStatus(id, "ANSWERED");
        asPatient(KARI).get("/api/v1/conversations/" + id).then()
                .body("messages", hasSize(2))
                .body("messages[1].from", equalTo("CLINIC"))
                .body("messages[1].author", equalTo("Lise Berg"))
                .body("messages[1].body", equalTo("Bruk fuktighetskrem."));
    }

    @Test
    void redeliveredReplyIsShownOnce() {
        UUID id = UUID.fromString(submitEConsultation(KARI));
        EventEnvelope reply = EventEnvelope.of(
                new ReplyPosted(id, UUID.randomUUID(), "Svar", "Lise Berg", "9100001", "gp", now()),
                DEMO_CLINIC, id, now());
        publish(reply);
        publish(reply);
        // A later event on the same key proves both copies were consumed before it.
        publish(new ReplyPosted(id, UUID.randomUUID(), "Siste svar", "Lise Berg", "9100001", "gp", now()), id);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                asPatient(KARI).get("/api/v1/conversations/" + id).then().body("messages", hasSize(3)));
        asPatient(KARI).get("/api/v1/conversations/" + id).then()
                .body("messages[1].body", equalTo("Svar"))
                .body("messages[2].body", equalTo("Siste svar"));
    }

    @Test
    void lateReceiptDoesNotMoveAnAnsweredConversationBack() {
        UUID id = UUID.fromString(submitEConsultation(KARI));
        publish(new ReplyPosted(id, UUID.randomUUID(), "Svar", "Lise Berg", "9100001", "gp", now()), id);
        awaitStatus(id, "ANSWERED");
        publish(new RequestReceived(id, UUID.randomUUID(), now(), now().plusDays(7)), id);
        publish(new ReplyPosted(id, UUID.randomUUID(), "Tillegg", "Lise Berg", "9100001", "gp", now()), id);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                asPatient(KARI).get("/api/v1/conversations/" + id).then().body("messages", hasSize(3)));
        asPatient(KARI).get("/api/v1/conversations/" + id).then().body("status", equalTo("ANSWERED"));
    }

    @Test
    void readReceiptShowsWhenTheClinicFirstOpenedTheRequest() {
        UUID id = UUID.fromString(submitEConsultation(KARI));
        OffsetDateTime firstOpened = OffsetDateTime.parse("2026-11-30T09:15:00+01:00");
        EventEnvelope read = EventEnvelope.of(new ItemRead(id, UUID.randomUUID(), firstOpened), DEMO_CLINIC, id, now());
        publish(read);
        publish(read);
        // A later receipt (there should be none, but one must not move the time) and a marker after it.
        publish(new ItemRead(id, UUID.randomUUID(), firstOpened.plusHours(2)), id);
        publish(new RequestReceived(id, UUID.randomUUID(), now(), now().plusDays(7)), id);
        awaitStatus(id, "RECEIVED");
        asPatient(KARI).get("/api/v1/conversations/" + id).then()
                .body("readByClinicAt", equalTo("2026-11-30T09:15:00+01:00"));
        asPatient(KARI).get("/api/v1/conversations").then()
                .body("items.find { it.id == '" + id + "' }.readByClinicAt", equalTo("2026-11-30T09:15:00+01:00"));
    }

    @Test
    void conversationWithoutReadReceiptHasNoReadByClinicAt() {
        UUID id = UUID.fromString(submitEConsultation(KARI));
        asPatient(KARI).get("/api/v1/conversations/" + id).then().body("$", not(hasKey("readByClinicAt")));
    }

    @Test
    void closedItemClosesTheConversation() {
        UUID id = UUID.fromString(submitEConsultation(KARI));
        publish(new ReplyPosted(id, UUID.randomUUID(), "Svar", "Lise Berg", "9100001", "gp", now()), id);
        publish(new ItemClosed(id, UUID.randomUUID(), now()), id);
        awaitStatus(id, "CLOSED");
        asPatient(KARI).body(Map.of("body", "Ett spørsmål til")).post("/api/v1/conversations/" + id + "/messages")
                .then().statusCode(409);
    }

    @Test
    void theClinicsDeadlineRemindersAreTakenAndChangeNothingForThePatient() {
        UUID id = UUID.fromString(submitEConsultation(KARI));
        UUID item = UUID.randomUUID();
        OffsetDateTime dueBy = now().plusDays(7);
        publish(new RequestReceived(id, item, now(), dueBy), id);
        EventEnvelope dueSoon = EventEnvelope.of(new RequestDueSoon(id, item, dueBy, now()), DEMO_CLINIC, id, now());
        EventEnvelope overdue = EventEnvelope.of(new RequestOverdue(id, item, dueBy, now()), DEMO_CLINIC, id, now());
        publish(dueSoon);
        publish(overdue);
        // A marker after them on the same key: once it shows, both reminders were consumed.
        publish(new ReplyPosted(id, UUID.randomUUID(), "Svar", "Lise Berg", "9100001", "gp", now()), id);
        awaitStatus(id, "ANSWERED");
        asPatient(KARI).get("/api/v1/conversations/" + id).then().body("messages", hasSize(2));
        long handled = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                        "select count(*) from consumed_event where event_id in (:dueSoon, :overdue)")
                .setParameter("dueSoon", dueSoon.id())
                .setParameter("overdue", overdue.id())
                .getSingleResult()).longValue());
        assertThat(handled).as("read and recorded as handled, not skipped as unknown").isEqualTo(2);
    }

    private void awaitStatus(UUID id, String status) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                asPatient(KARI).get("/api/v1/conversations/" + id).then().body("status", equalTo(status)));
    }

    private void publish(EventPayload payload, UUID conversationId) {
        publish(EventEnvelope.of(payload, DEMO_CLINIC, conversationId, now()));
    }

    private void publish(EventEnvelope event) {
        InboxEvents.publish(codec, event);
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.ofHours(1));
    }
}
