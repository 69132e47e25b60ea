package no.legekontor.portal.notification;

import static no.legekontor.devtools.Demo.DEMO_CLINIC;
import static no.legekontor.portal.notification.NotificationChecks.inOutbox;
import static no.legekontor.portal.notification.NotificationChecks.listed;
import static no.legekontor.portal.notification.NotificationChecks.profile;
import static no.legekontor.portal.notification.NotificationChecks.published;
import static no.legekontor.portal.notification.NotificationChecks.readyAdultNotifiedBy;
import static no.legekontor.portal.notification.NotificationChecks.stored;
import static no.legekontor.portal.notification.NotificationChecks.words;
import static no.legekontor.portal.support.Api.asPatient;
import static no.legekontor.portal.support.Api.submitEConsultation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.notNullValue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.legekontor.devtools.Demo;
import no.legekontor.devtools.TestClock;
import no.legekontor.devtools.TopicClient;
import no.legekontor.portal.support.InboxEvents;
import no.legekontor.portal.support.Records;
import no.legekontor.shared.calendar.BusinessCalendar;
import no.legekontor.shared.event.DecisionMade;
import no.legekontor.shared.event.EventEnvelope;
import no.legekontor.shared.event.EventPayload;
import no.legekontor.shared.event.ItemRead;
import no.legekontor.shared.event.ReplyPosted;
import no.legekontor.shared.event.Topics;
import no.legekontor.support.messaging.EventCodec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * R13: a reply and a decision (over the real broker) notify the person once, in the list and on
 * {@code portal.notifications.v1} for each chosen channel, without health content; a profile not
 * confirmed within 18 months gets the notification listed but nothing sent.
 */
@QuarkusTest
class NotificationTest {

    static final String REPLY = "Utslettet ser ut som eksem. Smør huden med fuktighetskrem morgen og kveld i to uker.";
    static final String ANSWERED = "Du har fått svar fra Demo Legesenter. Logg inn for å lese det.";

    @Inject
    EventCodec codec;

    @Inject
    ObjectMapper json;

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aReplyGivesOneNotificationPerChosenChannelAlsoWhenDeliveredTwiceAndItsTextHoldsNoneOfTheReplysWords()
            throws Exception {
        String person = readyAdultNotifiedBy("Varsel Vera", true, true);
        UUID conversation = UUID.fromString(submitEConsultation(person));
        EventEnvelope reply = envelope(new ReplyPosted(conversation, UUID.randomUUID(), REPLY, "Lise Berg",
                Demo.LISE_BERG_HPR, "gp", now()), conversation);
        publish(reply);
        publish(reply);
        markerAfter(person, conversation);

        List<Map<String, Object>> notifications = listed(person, "REPLY");
        assertThat(notifications).hasSize(1);
        Map<String, Object> notification = notifications.get(0);
        assertThat(notification).containsEntry("text", ANSWERED)
                .containsEntry("link", "/conversations/" + conversation)
                .containsEntry("channels", List.of("SMS", "EMAIL"));
        assertThat(words((String) notification.get("text"))).doesNotContainAnyElementsOf(words(REPLY));

        List<TopicClient.Received> events = published(notification.get("id"), 2);
        assertThat(events).hasSize(2);
        assertThat(events).allSatisfy(e -> {
            assertThat(e.headers()).containsEntry(Topics.HEADER_EVENT_TYPE, "NotificationRequested");
            assertThat(words(e.value())).doesNotContainAnyElementsOf(words(REPLY));
        });
        List<JsonNode> payloads = events.stream().map(e -> payload(e.value())).toList();
        assertThat(payloads).extracting(p -> p.get("channel").asText()).containsExactlyInAnyOrder("SMS", "EMAIL");
        assertThat(payloads).extracting(p -> p.get("address").asText())
                .containsExactlyInAnyOrder("+4791111111", "varsel@example.no");
        assertThat(payloads).allSatisfy(p -> {
            assertThat(p.get("notificationId").asText()).isEqualTo(notification.get("id"));
            assertThat(p.get("text").asText()).isEqualTo(ANSWERED);
            assertThat(p.get("link").asText()).isEqualTo("https://portal.legekontor.no/conversations/" + conversation);
            assertThat(p.get("createdAt").asText()).isNotBlank();
        });
    }

    @Test
    void eachReplyInAConversationIsItsOwnNotification() {
        String person = readyAdultNotifiedBy("Varsel Vidar", true, false);
        UUID conversation = UUID.fromString(submitEConsultation(person));
        publish(envelope(new ReplyPosted(conversation, UUID.randomUUID(), "Første svar", "Lise Berg",
                Demo.LISE_BERG_HPR, "gp", now()), conversation));
        publish(envelope(new ReplyPosted(conversation, UUID.randomUUID(), "Andre svar", "Lise Berg",
                Demo.LISE_BERG_HPR, "gp", now()), conversation));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(listed(person, "REPLY")).hasSize(2));
    }

    @Test
    void aDecisionGivesOneNotificationThatNamesNeitherTheMedicationNorTheReason() {
        String person = readyAdultNotifiedBy("Varsel Viggo", false, true);
        LocalDate today = LocalDate.now(BusinessCalendar.OSLO);
        String medication = "Levaxin 75 mikrog tablett";
        String prescription = Records.prescription(person, medication, today.plusMonths(1));
        UUID conversation = UUID.fromString(asPatient(person).body(Map.of("prescriptionId", prescription))
                .post("/api/v1/prescription-renewals").then().statusCode(201).extract().path("id"));
        String reason = "Stoffskiftet må måles før vi fornyer.";
        EventEnvelope decision = envelope(new DecisionMade(conversation, UUID.randomUUID(), UUID.randomUUID(),
                DecisionMade.Outcome.REJECTED, reason, "Lise Berg", Demo.LISE_BERG_HPR, now(),
                UUID.fromString(prescription), null, null, null), conversation);
        publish(decision);
        publish(decision);
        markerAfter(person, conversation);

        List<Map<String, Object>> notifications = listed(person, "DECISION");
        assertThat(notifications).hasSize(1);
        assertThat(notifications.get(0)).containsEntry("text", ANSWERED)
                .containsEntry("link", "/conversations/" + conversation)
                .containsEntry("channels", List.of("EMAIL"));
        List<TopicClient.Received> events = published(notifications.get(0).get("id"), 1);
        assertThat(events).hasSize(1);
        assertThat(words(events.get(0).value())).doesNotContainAnyElementsOf(words(medication + " " + reason));
    }

    @Test
    void aProfileConfirmedMoreThan18MonthsAgoGetsTheNotificationListedButNothingSent() {
        // Everything up to the e-consultation happened 19 months ago; the reply comes today.
        clock.standAt(LocalDate.now(BusinessCalendar.OSLO).minusMonths(19).atTime(10, 0).toString());
        String person = readyAdultNotifiedBy("Varsel Valborg", true, true);
        UUID conversation = UUID.fromString(submitEConsultation(person));
        clock.reset();
        publish(envelope(new ReplyPosted(conversation, UUID.randomUUID(), REPLY, "Lise Berg", Demo.LISE_BERG_HPR,
                "gp", now()), conversation));

        Notification notification = await().atMost(Duration.ofSeconds(30))
                .until(() -> stored(person), found -> !found.isEmpty()).get(0);
        assertThat(notification.sentBySms).isFalse();
        assertThat(notification.sentByEmail).isFalse();
        assertThat(inOutbox(notification.id)).isZero();
        assertThat(published(notification.id, 0)).isEmpty();

        // Confirming again lets the person in, and the notification is there; it is not sent afterwards.
        profile(person, true, true);
        List<Map<String, Object>> notifications = listed(person, "REPLY");
        assertThat(notifications).hasSize(1);
        assertThat(notifications.get(0)).containsEntry("text", ANSWERED).containsEntry("channels", List.of());
    }

    private JsonNode payload(String envelope) {
        try {
            return json.readTree(envelope).get("payload");
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    /** A later event on the same key: once it is applied, every earlier copy was consumed too. */
    private void markerAfter(String person, UUID conversation) {
        publish(envelope(new ItemRead(conversation, UUID.randomUUID(), now()), conversation));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                asPatient(person).get("/api/v1/conversations/" + conversation).then()
                        .body("readByClinicAt", notNullValue()));
    }

    private static EventEnvelope envelope(EventPayload payload, UUID conversation) {
        return EventEnvelope.of(payload, DEMO_CLINIC, conversation, now());
    }

    private void publish(EventEnvelope event) {
        InboxEvents.publish(codec, event);
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.ofHours(1));
    }
}
