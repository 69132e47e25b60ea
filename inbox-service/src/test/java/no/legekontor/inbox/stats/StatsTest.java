package no.legekontor.inbox.stats;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import no.legekontor.devtools.DevTokens;
import no.legekontor.inbox.support.PortalSide;
import no.legekontor.inbox.support.TestPractitioners;
import no.legekontor.shared.calendar.BusinessCalendar;
import no.legekontor.shared.event.RequestSubmitted;
import no.legekontor.shared.event.RequestType;
import no.legekontor.shared.event.StaffRole;
import no.legekontor.support.messaging.EventCodec;
import org.junit.jupiter.api.Test;

/** R8 in figures: a clinic of its own, so that other tests' items do not count. */
@QuarkusTest
class StatsTest {

    /** A valid organisation number no other test uses. */
    static final String CLINIC = "930000000";
    static final String GP_ONE = "9300001";
    static final String GP_TWO = "9300002";

    @Inject
    EventCodec codec;

    private static RequestSpecification asGp() {
        TestPractitioners.register(GP_ONE, CLINIC, StaffRole.GP);
        return given().auth().oauth2(DevTokens.staff(GP_ONE, "gp", CLINIC, "Stat Lege"))
                .contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    private static RequestSubmitted request(String gpHpr, OffsetDateTime replyDueBy) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.ofHours(1)).truncatedTo(ChronoUnit.SECONDS);
        return new RequestSubmitted(UUID.randomUUID(), RequestType.E_CONSULTATION, "Tall", "Tekst.", now, replyDueBy,
                false, PortalSide.KARI, PortalSide.KARI, gpHpr, new RequestSubmitted.Fee(224, false), null, null, null);
    }

    private String arrive(PortalSide portal, RequestSubmitted request) {
        portal.publish(portal.envelope(request, CLINIC));
        await().atMost(Duration.ofSeconds(30)).until(() -> !asGp().queryParam("conversationId", request.conversationId())
                .get("/api/v1/inbox").then().statusCode(200).extract().<List<String>>path("items.id").isEmpty());
        return asGp().queryParam("conversationId", request.conversationId()).get("/api/v1/inbox").then()
                .extract().path("items[0].id");
    }

    @Test
    void statsCountOpenDueTodayOverdueAndAnsweredForTheClinicAndPerGp() {
        PortalSide portal = new PortalSide(codec);
        OffsetDateTime endOfToday = LocalDate.now(BusinessCalendar.OSLO).atTime(23, 59, 59)
                .atZone(BusinessCalendar.OSLO).toOffsetDateTime();
        OffsetDateTime later = endOfToday.plusDays(5);
        arrive(portal, request(GP_ONE, later));
        arrive(portal, request(GP_TWO, OffsetDateTime.now().minusDays(1).truncatedTo(ChronoUnit.SECONDS)));
        arrive(portal, request(GP_ONE, endOfToday));
        String answered = arrive(portal, request(GP_ONE, later));
        asGp().body("{\"body\":\"Svar.\"}").post("/api/v1/inbox/" + answered + "/replies").then().statusCode(201);

        asGp().get("/api/v1/inbox/stats").then()
                .statusCode(200)
                .body("clinic.open", equalTo(3))
                .body("clinic.dueToday", equalTo(1))
                .body("clinic.overdue", equalTo(1))
                .body("clinic.answered", equalTo(1))
                .body("clinic.answeredWithinDeadline", equalTo(1))
                .body("clinic.shareWithinDeadline", equalTo(1.0f))
                .body("clinic.medianMinutesToAnswer", greaterThanOrEqualTo(0))
                .body("perGp", hasSize(2))
                .body("perGp.find { it.gpHpr == '" + GP_ONE + "' }.figures.open", equalTo(2))
                .body("perGp.find { it.gpHpr == '" + GP_ONE + "' }.figures.answered", equalTo(1))
                .body("perGp.find { it.gpHpr == '" + GP_TWO + "' }.figures.overdue", equalTo(1));

        // A period that ended before anything was answered: nothing answered, no share, no median.
        LocalDate lastYear = LocalDate.now(BusinessCalendar.OSLO).minusYears(1);
        asGp().queryParam("from", lastYear.toString()).queryParam("to", lastYear.plusDays(10).toString())
                .get("/api/v1/inbox/stats").then()
                .statusCode(200)
                .body("clinic.answered", equalTo(0))
                .body("clinic.open", equalTo(3));
    }

    @Test
    void aMalformedOrBackwardsPeriodIsAValidationError() {
        asGp().queryParam("from", "i går").get("/api/v1/inbox/stats").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("from"));
        asGp().queryParam("from", "2026-11-30").queryParam("to", "2026-11-01").get("/api/v1/inbox/stats").then()
                .statusCode(400)
                .body("type", endsWith("/validation-failed"));
    }

    @Test
    void statsWantAStaffToken() {
        given().get("/api/v1/inbox/stats").then().statusCode(401);
        // A clinic system's token is for portal-api; one for the inbox without a staff role is the wrong kind.
        given().auth().oauth2(DevTokens.integration(CLINIC)).get("/api/v1/inbox/stats").then().statusCode(401);
        given().auth().oauth2(DevTokens.sign(DevTokens.integrationClaims(CLINIC).audience(DevTokens.INBOX_AUDIENCE)))
                .get("/api/v1/inbox/stats").then().statusCode(403);
    }
}
