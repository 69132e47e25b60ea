package no.legekontor.inbox.intake;

import static io.restassured.RestAssured.given;
import static no.legekontor.devtools.Demo.liseBergToken;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import no.legekontor.devtools.Demo;
import no.legekontor.devtools.TopicClient;
import no.legekontor.inbox.support.PortalSide;
import no.legekontor.shared.event.FollowUpSubmitted;
import no.legekontor.shared.event.RequestSubmitted;
import no.legekontor.shared.event.RequestType;
import no.legekontor.shared.event.Topics;
import no.legekontor.support.messaging.EventCodec;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Renewals, extensions, office messages and follow-ups as the clinic's inbox receives them. */
@QuarkusTest
class PatientServicesInboxTest {

    @Inject
    EventCodec codec;

    PortalSide portal;

    @BeforeEach
    void setUp() {
        portal = new PortalSide(codec);
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.ofHours(1)).truncatedTo(ChronoUnit.SECONDS);
    }

    private static RequestSubmitted request(RequestType type, String subject, OffsetDateTime replyDueBy,
            OffsetDateTime targetBy, RequestSubmitted.Prescription prescription, RequestSubmitted.SickNote sickNote) {
        return new RequestSubmitted(UUID.randomUUID(), type, subject, "Tekst fra pasienten.", now(), replyDueBy, false,
                PortalSide.KARI, PortalSide.KARI, Demo.LISE_BERG_HPR, null, targetBy, prescription, sickNote);
    }

    @Test
    void renewalShowsTheGpWhatToRenew() {
        UUID prescriptionId = UUID.randomUUID();
        RequestSubmitted renewal = request(RequestType.PRESCRIPTION_RENEWAL, "Fornyelse av resept: Levaxin",
                now().plusDays(7), null, new RequestSubmitted.Prescription(prescriptionId,
                        "Levaxin 50 mikrog tablett", "1 tablett om morgenen", LocalDate.of(2026, 1, 5),
                        LocalDate.of(2027, 1, 5), Demo.LISE_BERG_HPR), null);
        portal.submit(renewal);
        item(renewal.conversationId())
                .body("type", equalTo("PRESCRIPTION_RENEWAL"))
                .body("details.prescription.id", equalTo(prescriptionId.toString()))
                .body("details.prescription.medication", equalTo("Levaxin 50 mikrog tablett"))
                .body("details.prescription.dosage", equalTo("1 tablett om morgenen"));
    }

    @Test
    void extensionShowsTheSickNoteAndTheDayAskedFor() {
        RequestSubmitted extension = request(RequestType.SICK_LEAVE_EXTENSION, "Forlengelse av sykmelding",
                now().plusDays(7), null, null, new RequestSubmitted.SickNote(UUID.randomUUID(),
                        LocalDate.of(2026, 11, 20), LocalDate.of(2026, 12, 4), 100, LocalDate.of(2026, 12, 18)));
        portal.submit(extension);
        item(extension.conversationId())
                .body("details.sickNote.toDate", equalTo("2026-12-04"))
                .body("details.sickNote.requestedUntil", equalTo("2026-12-18"))
                .body("details.sickNote.gradePercent", equalTo(100));
    }

    @Test
    void officeMessageIsWorkedByItsTargetWhenThatIsEarlierThanOtherDeadlines() {
        OffsetDateTime base = now().plusYears(40);
        RequestSubmitted consultation = request(RequestType.E_CONSULTATION, "Konsultasjon", base.plusDays(2), null,
                null, null);
        RequestSubmitted message = request(RequestType.OFFICE_MESSAGE, "Kontor", base.plusDays(7), base.plusDays(1),
                null, null);
        portal.submit(consultation);
        portal.submit(message);
        item(message.conversationId()).body("targetBy", equalTo(base.plusDays(1).toString()));
        item(consultation.conversationId());
        List<String> order = given().auth().oauth2(liseBergToken()).accept(ContentType.JSON)
                .queryParam("size", 100).queryParam("status", "OPEN").get("/api/v1/inbox").then().statusCode(200)
                .extract().path("items.conversationId");
        assertThat(order.indexOf(message.conversationId().toString()))
                .isLessThan(order.indexOf(consultation.conversationId().toString()));
    }

    @Test
    void followUpReopensTheAnsweredItemWithTheNewDeadlineAndIsConfirmed() {
        RequestSubmitted original = request(RequestType.E_CONSULTATION, "Utslett", now().plusDays(7), null, null,
                null);
        portal.submit(original);
        String itemId = item(original.conversationId()).extract().path("id");
        given().auth().oauth2(liseBergToken()).contentType(ContentType.JSON)
                .body("{\"body\":\"Bruk fuktighetskrem.\"}")
                .post("/api/v1/inbox/" + itemId + "/replies").then().statusCode(201);

        OffsetDateTime newDeadline = now().plusDays(12);
        FollowUpSubmitted followUp = new FollowUpSubmitted(original.conversationId(), UUID.randomUUID(),
                "Det hjalp ikke.", now(), newDeadline, null, false, PortalSide.KARI);
        var event = portal.envelope(followUp, original.conversationId());
        portal.publish(event);
        portal.publish(event);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                staff().get("/api/v1/inbox/" + itemId).then()
                        .body("status", equalTo("OPEN"))
                        .body("replyDueBy", equalTo(newDeadline.toString()))
                        .body("followUps", hasSize(1))
                        .body("followUps[0].body", equalTo("Det hjalp ikke.")));
        // Opening the item sent the read receipt (ItemRead) first, and only once.
        List<TopicClient.Received> confirmations = portal.inboxEvents(original.conversationId(), 4);
        assertThat(confirmations).extracting(r -> r.headers().get(Topics.HEADER_EVENT_TYPE))
                .containsExactly("RequestReceived", "ItemRead", "ReplyPosted", "RequestReceived");
        assertThat(confirmations.get(3).value()).contains("\"replyDueBy\":\"" + newDeadline + "\"");
    }

    private ValidatableResponse item(UUID conversationId) {
        await().atMost(Duration.ofSeconds(30)).until(() -> !staff().queryParam("conversationId", conversationId)
                .get("/api/v1/inbox").then().statusCode(200).extract().<List<String>>path("items.id").isEmpty());
        String id = staff().queryParam("conversationId", conversationId).get("/api/v1/inbox").then()
                .extract().path("items[0].id");
        return staff().get("/api/v1/inbox/" + id).then().statusCode(200);
    }

    private static io.restassured.specification.RequestSpecification staff() {
        return given().auth().oauth2(liseBergToken()).accept(ContentType.JSON);
    }
}
