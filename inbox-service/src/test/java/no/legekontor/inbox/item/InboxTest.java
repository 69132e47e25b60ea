package no.legekontor.inbox.item;

import static io.restassured.RestAssured.given;
import static no.legekontor.devtools.Demo.anneDahlToken;
import static no.legekontor.devtools.Demo.liseBergToken;
import static no.legekontor.devtools.Demo.nilsFjellToken;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.legekontor.devtools.Demo;
import no.legekontor.devtools.DevTokens;
import no.legekontor.devtools.TopicClient;
import no.legekontor.inbox.support.PortalSide;
import no.legekontor.shared.event.EventEnvelope;
import no.legekontor.shared.event.RequestSubmitted;
import no.legekontor.shared.event.RequestType;
import no.legekontor.shared.event.Topics;
import no.legekontor.support.messaging.EventCodec;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class InboxTest {

    @Inject
    EventCodec codec;

    PortalSide portal;

    @BeforeEach
    void setUp() {
        portal = new PortalSide(codec);
    }

    @Test
    void requestFromThePortalLandsInTheClinicsInboxWithThePromisedDeadline() {
        RequestSubmitted request = PortalSide.econsultation();
        portal.submit(request);
        String itemId = awaitItem(request.conversationId());
        as(liseBergToken()).get("/api/v1/inbox/" + itemId).then()
                .statusCode(200)
                .body("conversationId", equalTo(request.conversationId().toString()))
                .body("type", equalTo("E_CONSULTATION"))
                .body("status", equalTo("OPEN"))
                .body("subject", equalTo("Utslett"))
                .body("body", equalTo("Tekst fra pasienten."))
                .body("replyDueBy", equalTo(request.replyDueBy().toString()))
                .body("overdue", equalTo(false))
                .body("patient.name", equalTo("Kari Nordmann"))
                .body("patient.nationalId", equalTo(Demo.KARI))
                .body("fee.amountNok", equalTo(224))
                .body("submittedBy", nullValue())
                .body("replies", hasSize(0));
    }

    @Test
    void requestSentByAGuardianNamesTheGuardian() {
        RequestSubmitted own = PortalSide.econsultation();
        RequestSubmitted forEmma = new RequestSubmitted(UUID.randomUUID(), own.requestType(), "Feber", own.body(),
                own.submittedAt(), own.replyDueBy(), false, PortalSide.EMMA, PortalSide.KARI, own.gpHpr(),
                new RequestSubmitted.Fee(0, true), null, null, null);
        portal.submit(forEmma);
        String itemId = awaitItem(forEmma.conversationId());
        as(liseBergToken()).get("/api/v1/inbox/" + itemId).then()
                .body("patient.name", equalTo("Emma Nordmann"))
                .body("submittedBy", equalTo("Kari Nordmann"))
                .body("fee.exempt", equalTo(true));
    }

    @Test
    void receiptIsConfirmedToThePortal() {
        RequestSubmitted request = PortalSide.econsultation();
        portal.submit(request);
        List<TopicClient.Received> events = portal.inboxEvents(request.conversationId(), 1);
        assertThat(events).hasSize(1);
        assertThat(events.get(0).headers()).containsEntry(Topics.HEADER_EVENT_TYPE, "RequestReceived");
    }

    @Test
    void redeliveredRequestMakesOneItem() {
        RequestSubmitted request = PortalSide.econsultation();
        EventEnvelope event = portal.submit(request);
        portal.publish(event);
        // A later request on the same key is consumed after both copies.
        RequestSubmitted marker = new RequestSubmitted(UUID.randomUUID(), request.requestType(), "Markør",
                request.body(), request.submittedAt(), request.replyDueBy(), false, request.patient(),
                request.submittedBy(), request.gpHpr(), request.fee(), null, null, null);
        portal.publish(EventEnvelope.of(marker, Demo.DEMO_CLINIC, request.conversationId(), request.submittedAt()));
        await().atMost(Duration.ofSeconds(30)).until(() -> items(liseBergToken()).contains(marker.conversationId().toString()));
        assertThat(items(liseBergToken())).filteredOn(request.conversationId().toString()::equals).hasSize(1);
        // The inbox's relay publishes in commit order: once the marker's receipt is out, any receipt
        // for a duplicate would be out too.
        portal.inboxEvents(marker.conversationId(), 1);
        assertThat(portal.allInboxEvents(request.conversationId())).hasSize(1);
    }

    @Test
    void gpAnswersAndTheAnswerTravelsToThePortal() {
        RequestSubmitted request = PortalSide.econsultation();
        portal.submit(request);
        String itemId = awaitItem(request.conversationId());
        as(liseBergToken()).body(Map.of("body", "Smør med fuktighetskrem.")).post("/api/v1/inbox/" + itemId + "/replies")
                .then()
                .statusCode(201)
                .body("author", equalTo("Lise Berg"))
                .body("authorRole", equalTo("gp"));
        as(liseBergToken()).get("/api/v1/inbox/" + itemId).then()
                .body("status", equalTo("ANSWERED"))
                .body("replies[0].body", equalTo("Smør med fuktighetskrem."));
        // The GP had not opened it before answering; the read receipt follows the answer.
        List<TopicClient.Received> events = portal.inboxEvents(request.conversationId(), 3);
        assertThat(events).extracting(e -> e.headers().get(Topics.HEADER_EVENT_TYPE))
                .containsExactly("RequestReceived", "ReplyPosted", "ItemRead");
        assertThat(events.get(1).value()).contains("Smør med fuktighetskrem.").contains("\"authorHpr\":\"9100001\"");
    }

    @Test
    void officeStaffMayNotAnswerAnEConsultation() {
        RequestSubmitted request = PortalSide.econsultation();
        portal.submit(request);
        String itemId = awaitItem(request.conversationId());
        as(anneDahlToken()).body(Map.of("body", "Svar")).post("/api/v1/inbox/" + itemId + "/replies").then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("type", endsWith("/gp-required"));
        as(liseBergToken()).get("/api/v1/inbox/" + itemId).then()
                .body("status", equalTo("OPEN"))
                .body("replies", hasSize(0));
    }

    @Test
    void officeStaffAnswerOfficeMessages() {
        RequestSubmitted request = PortalSide.request(RequestType.OFFICE_MESSAGE, "Adresseendring",
                OffsetDateTime.now(ZoneOffset.ofHours(1)).plusDays(7), false);
        portal.submit(request);
        String itemId = awaitItem(request.conversationId());
        as(anneDahlToken()).body(Map.of("body", "Takk, endret.")).post("/api/v1/inbox/" + itemId + "/replies").then()
                .statusCode(201)
                .body("author", equalTo("Anne Dahl"));
    }

    @Test
    void staffOfAnotherClinicDoNotSeeTheItem() {
        RequestSubmitted request = PortalSide.econsultation();
        portal.submit(request);
        String itemId = awaitItem(request.conversationId());
        as(nilsFjellToken()).get("/api/v1/inbox").then()
                .statusCode(200)
                .body("items.conversationId", not(hasItem(request.conversationId().toString())));
        as(nilsFjellToken()).get("/api/v1/inbox/" + itemId).then()
                .statusCode(404)
                .body("type", endsWith("/not-found"));
        as(nilsFjellToken()).body(Map.of("body", "Svar")).post("/api/v1/inbox/" + itemId + "/replies").then()
                .statusCode(404);
    }

    @Test
    void possiblyUrgentComeFirstThenTheEarliestDeadline() {
        OffsetDateTime base = OffsetDateTime.now(ZoneOffset.ofHours(1)).plusYears(5);
        RequestSubmitted later = PortalSide.request(RequestType.OFFICE_MESSAGE, "Senere", base.plusDays(3), false);
        RequestSubmitted earlier = PortalSide.request(RequestType.OFFICE_MESSAGE, "Tidligere", base.plusDays(1), false);
        RequestSubmitted urgent = PortalSide.request(RequestType.OFFICE_MESSAGE, "Haster", base.plusDays(4), true);
        portal.submit(later);
        portal.submit(earlier);
        portal.submit(urgent);
        awaitItem(later.conversationId());
        awaitItem(earlier.conversationId());
        awaitItem(urgent.conversationId());
        List<String> order = as(liseBergToken()).queryParam("size", 100).queryParam("status", "OPEN")
                .get("/api/v1/inbox").then().statusCode(200).extract().path("items.conversationId");
        assertThat(order.indexOf(urgent.conversationId().toString()))
                .isLessThan(order.indexOf(earlier.conversationId().toString()));
        assertThat(order.indexOf(earlier.conversationId().toString()))
                .isLessThan(order.indexOf(later.conversationId().toString()));
    }

    @Test
    void emptyReplyIsAValidationProblem() {
        RequestSubmitted request = PortalSide.econsultation();
        portal.submit(request);
        String itemId = awaitItem(request.conversationId());
        as(liseBergToken()).body(Map.of("body", " ")).post("/api/v1/inbox/" + itemId + "/replies").then()
                .statusCode(400)
                .body("type", endsWith("/validation-failed"))
                .body("errors.field", hasItem("body"));
    }

    @Test
    void withoutTokenIsUnauthorizedAndAPatientsTokenIsInvalidHere() {
        given().get("/api/v1/inbox").then()
                .statusCode(401)
                .contentType("application/problem+json")
                .body("type", endsWith("/unauthorized"));
        // ID-porten is not an issuer the clinic side trusts, and the token is for portal-api.
        as(DevTokens.patient(Demo.KARI)).get("/api/v1/inbox").then()
                .statusCode(401)
                .body("type", endsWith("/token-invalid"));
    }

    @Test
    void helseIdTokenWithoutAStaffRoleIsForbidden() {
        as(DevTokens.sign(DevTokens.integrationClaims(Demo.DEMO_CLINIC).audience(DevTokens.INBOX_AUDIENCE)))
                .get("/api/v1/inbox").then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("type", endsWith("/wrong-token-kind"));
    }

    @Test
    void staffTokenWithoutClinicIsForbidden() {
        as(DevTokens.staff(Demo.LISE_BERG_HPR, "gp", "123", Demo.LISE_BERG)).get("/api/v1/inbox").then()
                .statusCode(403);
    }

    private String awaitItem(UUID conversationId) {
        await().atMost(Duration.ofSeconds(30)).until(() -> items(liseBergToken()).contains(conversationId.toString()));
        List<String> ids = as(liseBergToken()).queryParam("size", 100).get("/api/v1/inbox").then()
                .extract().path("items.findAll { it.conversationId == '" + conversationId + "' }.id");
        return ids.get(0);
    }

    private static List<String> items(String token) {
        return as(token).queryParam("size", 100).get("/api/v1/inbox").then().statusCode(200)
                .extract().path("items.conversationId");
    }

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).accept(ContentType.JSON);
    }
}
