package no.legekontor.portal.conversation;

import static no.legekontor.devtools.Demo.DEMO_CLINIC;
import static no.legekontor.devtools.Demo.KARI;
import static no.legekontor.portal.support.Api.asPatient;
import static no.legekontor.portal.support.Api.submitEConsultation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.legekontor.devtools.KafkaBrokerResource;
import no.legekontor.devtools.TestClock;
import no.legekontor.devtools.TopicClient;
import no.legekontor.portal.support.Accounts;
import no.legekontor.portal.support.InboxEvents;
import no.legekontor.shared.calendar.BusinessCalendar;
import no.legekontor.shared.event.EventEnvelope;
import no.legekontor.shared.event.ReplyPosted;
import no.legekontor.shared.event.Topics;
import no.legekontor.support.messaging.EventCodec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** R13: the patient writes again in a conversation; the clinic's deadline starts over, the fee does not. */
@QuarkusTest
class FollowUpTest {

    @Inject
    TestClock clock;

    @Inject
    BusinessCalendar calendar;

    @Inject
    EventCodec codec;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void followUpToAnAnsweredConsultationReopensItWithANewDeadlineAndNoNewFee() {
        String id = submitEConsultation(KARI);
        answer(UUID.fromString(id));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                asPatient(KARI).get("/api/v1/conversations/" + id).then().body("status", equalTo("ANSWERED")));

        clock.standAt("2026-12-10T10:00");
        var reopened = followUp(KARI, id, "Takk. Det hjalp ikke; hva nå?")
                .statusCode(201)
                .body("status", equalTo("SUBMITTED"))
                .body("messages", hasSize(3))
                .body("messages[2].from", equalTo("PATIENT"))
                .body("messages[2].body", equalTo("Takk. Det hjalp ikke; hva nå?"))
                .body("fee.amountNok", equalTo(224))
                .extract();
        Instant at = OffsetDateTime.parse("2026-12-10T10:00:00+01:00").toInstant();
        assertThat(OffsetDateTime.parse(reopened.path("replyDueBy"))).isEqualTo(calendar.replyDueBy(at));

        List<TopicClient.Received> published = new TopicClient(KafkaBrokerResource.broker().bootstrapServers())
                .readUntil(Topics.PORTAL_REQUESTS, r -> id.equals(r.key()), found -> found.size() >= 2,
                        Duration.ofSeconds(30));
        assertThat(published).hasSize(2);
        assertThat(published.get(1).headers()).containsEntry(Topics.HEADER_EVENT_TYPE, "FollowUpSubmitted");
        assertThat(published.get(1).value()).contains("\"replyDueBy\":\"2026-12-17T23:59:59+01:00\"");
    }

    @Test
    void followUpInAClosedConversationIsRefused() {
        String id = submitEConsultation(KARI);
        QuarkusTransaction.requiringNew().run(() ->
                Conversation.update("status = ?1 where id = ?2", Conversation.Status.CLOSED, UUID.fromString(id)));
        followUp(KARI, id, "Hallo?").statusCode(409).body("type", endsWith("/conversation-closed"));
    }

    @Test
    void followUpInAnotherPatientsConversationIsNotFound() {
        String id = submitEConsultation(KARI);
        followUp(Accounts.registerReadyAdult("Inntrenger Ivar"), id, "Hei").statusCode(404)
                .body("type", endsWith("/not-found"));
        asPatient(KARI).get("/api/v1/conversations/" + id).then().body("messages", hasSize(1));
    }

    @Test
    void emptyFollowUpIsAValidationError() {
        String id = submitEConsultation(KARI);
        followUp(KARI, id, " ").statusCode(400).body("type", endsWith("/validation-failed"));
    }

    private static ValidatableResponse followUp(String patient, String conversation, String body) {
        return asPatient(patient).body(Map.of("body", body))
                .post("/api/v1/conversations/" + conversation + "/messages").then();
    }

    private void answer(UUID conversation) {
        OffsetDateTime now = OffsetDateTime.now(BusinessCalendar.OSLO);
        EventEnvelope event = EventEnvelope.of(
                new ReplyPosted(conversation, UUID.randomUUID(), "Prøv en fuktighetskrem.", "Lise Berg", "9100001",
                        "gp", now), DEMO_CLINIC, conversation, now);
        InboxEvents.publish(codec, event);
    }
}
