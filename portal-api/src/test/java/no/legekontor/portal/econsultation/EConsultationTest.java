package no.legekontor.portal.econsultation;

import static io.restassured.RestAssured.given;
import static no.legekontor.devtools.Demo.DEMO_CLINIC;
import static no.legekontor.devtools.Demo.KARI;
import static no.legekontor.portal.support.Api.as;
import static no.legekontor.portal.support.Api.asPatient;
import static no.legekontor.portal.support.Api.econsultation;
import static no.legekontor.portal.support.Api.submitEConsultation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.legekontor.devtools.Demo;
import no.legekontor.devtools.DevTokens;
import no.legekontor.devtools.KafkaBrokerResource;
import no.legekontor.devtools.TopicClient;
import no.legekontor.portal.conversation.Conversation;
import no.legekontor.shared.calendar.BusinessCalendar;
import no.legekontor.shared.event.Topics;
import org.junit.jupiter.api.Test;

@QuarkusTest
class EConsultationTest {

    /** A valid synthetic national id (born 1 January 1990) that is on no GP list of ours. */
    static final String NOT_OUR_PATIENT = "01819010001";

    @Inject
    BusinessCalendar calendar;

    @Test
    void patientSendsEConsultationAndSeesTheCalendarsReplyDeadline() {
        var response = submitEConsultation(KARI, econsultation("Utslett", "Kløende utslett på armen."))
                .statusCode(201)
                .contentType(ContentType.JSON)
                .header("Location", containsString("/api/v1/conversations/"))
                .body("type", equalTo("E_CONSULTATION"))
                .body("status", equalTo("SUBMITTED"))
                .body("subject", equalTo("Utslett"))
                .body("fee.amountNok", equalTo(224))
                .body("fee.exempt", equalTo(false))
                .body("possiblyUrgent", equalTo(false))
                .body("urgentAdvice", nullValue())
                .body("messages[0].from", equalTo("PATIENT"))
                .body("messages[0].author", equalTo("Kari Nordmann"))
                .extract();
        OffsetDateTime createdAt = OffsetDateTime.parse(response.path("createdAt"));
        OffsetDateTime replyDueBy = OffsetDateTime.parse(response.path("replyDueBy"));
        assertThat(replyDueBy).isEqualTo(calendar.replyDueBy(createdAt.toInstant()));
        assertThat(replyDueBy.toLocalTime().toString()).isEqualTo("23:59:59");
    }

    @Test
    void feeIsQuotedBeforeSending() {
        asPatient(KARI).get("/api/v1/e-consultations/fee").then()
                .statusCode(200)
                .body("amountNok", equalTo(224))
                .body("exempt", equalTo(false))
                .body("clinic.name", equalTo("Demo Legesenter"))
                .body("clinic.orgNumber", equalTo(DEMO_CLINIC))
                .body("clinic.phone", equalTo("22 00 00 00"));
    }

    @Test
    void submissionIsPublishedToTheClinicKeyedByConversation() {
        String id = submitEConsultation(KARI);
        List<TopicClient.Received> published = new TopicClient(KafkaBrokerResource.broker().bootstrapServers())
                .readUntil(Topics.PORTAL_REQUESTS, r -> id.equals(r.key()), found -> !found.isEmpty(),
                        Duration.ofSeconds(30));
        assertThat(published).hasSize(1);
        TopicClient.Received event = published.get(0);
        assertThat(event.headers()).containsEntry(Topics.HEADER_EVENT_TYPE, "RequestSubmitted")
                .containsKey(Topics.HEADER_EVENT_ID);
        assertThat(event.value()).contains("\"clinicId\":\"" + DEMO_CLINIC + "\"")
                .contains("\"conversationId\":\"" + id + "\"")
                .contains("\"nationalId\":\"" + KARI + "\"");
    }

    @Test
    void refusesToSendWithoutAcceptedFeeAndStoresNothing() {
        long before = conversationCount();
        Map<String, Object> body = new HashMap<>(econsultation("Utslett", "Tekst"));
        body.remove("acceptFee");
        submitEConsultation(KARI, body)
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", endsWith("/fee-not-accepted"))
                .body("status", equalTo(422))
                .body("detail", containsString("224 kr"));
        assertThat(conversationCount()).isEqualTo(before);
    }

    @Test
    void refusesToSendWithoutConfirmingItIsNotUrgentAndTellsWhomToCall() {
        Map<String, Object> body = new HashMap<>(econsultation("Utslett", "Tekst"));
        body.put("confirmNotUrgent", false);
        submitEConsultation(KARI, body)
                .statusCode(422)
                .body("type", endsWith("/urgent-not-supported"))
                .body("detail", containsString("22 00 00 00"))
                .body("detail", containsString("116 117"))
                .body("detail", containsString("113"));
    }

    @Test
    void answersInEnglishOnRequest() {
        Map<String, Object> body = new HashMap<>(econsultation("Rash", "Text"));
        body.put("acceptFee", false);
        asPatient(KARI).header("Accept-Language", "en").body(body).post("/api/v1/e-consultations").then()
                .statusCode(422)
                .body("title", equalTo("Please accept the fee"))
                .body("detail", containsString("NOK 224"));
    }

    @Test
    void loginBelowLevelFourIsRefusedWithAdviceAndHelpdeskNumber() {
        as(DevTokens.patient(KARI, "idporten-loa-substantial"))
                .body(econsultation("Utslett", "Tekst"))
                .post("/api/v1/e-consultations").then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("type", endsWith("/insufficient-assurance-level"))
                .body("detail", containsString("nivå 4"))
                .body("detail", containsString("23 32 70 00"));
    }

    @Test
    void legacyLevel4AcrIsAccepted() {
        as(DevTokens.patient(KARI, "Level4")).get("/api/v1/e-consultations/fee").then().statusCode(200);
    }

    @Test
    void loginWithoutAcrIsRefused() {
        as(DevTokens.patient(KARI, null)).get("/api/v1/e-consultations/fee").then()
                .statusCode(403)
                .body("type", endsWith("/insufficient-assurance-level"));
    }

    @Test
    void withoutTokenIsUnauthorizedAsProblem() {
        given().contentType(ContentType.JSON).body(econsultation("Utslett", "Tekst"))
                .post("/api/v1/e-consultations").then()
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer")
                .body("type", endsWith("/unauthorized"));
    }

    @Test
    void tokenSignedByAnotherKeyIsUnauthorized() {
        String forged = DevTokens.patient(KARI);
        String[] parts = forged.split("\\.");
        String tampered = parts[0] + "." + parts[1] + "." + new StringBuilder(parts[2]).reverse();
        as(tampered).get("/api/v1/e-consultations/fee").then().statusCode(401);
    }

    @Test
    void staffTokenCannotUsePatientEndpoints() {
        // Issued for inbox-service: not a token for portal-api at all.
        as(Demo.liseBergToken()).get("/api/v1/e-consultations/fee").then()
                .statusCode(401)
                .body("type", endsWith("/token-invalid"));
    }

    @Test
    void personOnNoGpListOfOursIsTold() {
        asPatient(NOT_OUR_PATIENT).get("/api/v1/e-consultations/fee").then()
                .statusCode(403)
                .body("type", endsWith("/not-registered"));
    }

    @Test
    void missingSubjectIsAValidationProblemNamingTheField() {
        Map<String, Object> body = new HashMap<>(econsultation("", "Tekst"));
        submitEConsultation(KARI, body)
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", endsWith("/validation-failed"))
                .body("errors.field", hasItem("subject"));
    }

    @Test
    void malformedJsonIsABadRequestProblem() {
        asPatient(KARI).body("{\"subject\": ").post("/api/v1/e-consultations").then()
                .statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void textThatLooksUrgentIsAcceptedButTheReplyTellsThePatientToCall() {
        submitEConsultation(KARI, econsultation("Vondt", "Jeg har brystsmerter siden i går kveld."))
                .statusCode(201)
                .body("possiblyUrgent", equalTo(true))
                .body("urgentAdvice", containsString("113"))
                .body("urgentAdvice", containsString("22 00 00 00"));
    }

    private static long conversationCount() {
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> Conversation.count());
    }
}
