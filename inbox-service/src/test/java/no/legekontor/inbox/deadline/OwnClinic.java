package no.legekontor.inbox.deadline;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.common.http.TestHTTPResourceManager;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.legekontor.devtools.DevTokens;
import no.legekontor.inbox.support.PortalSide;
import no.legekontor.inbox.support.TestPractitioners;
import no.legekontor.shared.calendar.BusinessCalendar;
import no.legekontor.shared.event.RequestSubmitted;
import no.legekontor.shared.event.RequestType;
import no.legekontor.shared.event.StaffRole;

/** A clinic of a test's own, so that its counts are not other tests' items; its GP works the inbox. */
record OwnClinic(String org, PortalSide portal) {

    static final String GP_HPR = "9400001";

    OwnClinic {
        // One GP for every own clinic would be one HPR number at many clinics: each its own.
        TestPractitioners.register(gpHpr(org), org, StaffRole.GP);
    }

    /** This clinic's GP: 94 and the clinic's first five digits. */
    static String gpHpr(String org) {
        return "94" + org.substring(0, 5);
    }

    RequestSpecification asGp() {
        return given().auth().oauth2(DevTokens.staff(gpHpr(org), "gp", org, "Frist Lege"))
                .contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    /** 23:59:59 Oslo time on a day: where R8 puts every deadline. */
    static OffsetDateTime endOf(LocalDate day) {
        return day.atTime(23, 59, 59).atZone(BusinessCalendar.OSLO).toOffsetDateTime();
    }

    /** A Monday two weeks or more ahead whose business day before is the Friday before it. */
    static LocalDate mondayAfterAnOrdinaryFriday(BusinessCalendar calendar) {
        LocalDate monday = LocalDate.now(BusinessCalendar.OSLO).plusWeeks(2).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        while (!calendar.isBusinessDay(monday) || !calendar.isBusinessDay(monday.minusDays(3))) {
            monday = monday.plusWeeks(1);
        }
        return monday;
    }

    static RequestSubmitted econsultation(OffsetDateTime replyDueBy) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.ofHours(1)).truncatedTo(ChronoUnit.SECONDS);
        return new RequestSubmitted(UUID.randomUUID(), RequestType.E_CONSULTATION, "Frist", "Tekst fra pasienten.",
                now, replyDueBy, false, PortalSide.KARI, PortalSide.KARI, GP_HPR,
                new RequestSubmitted.Fee(224, false), null, null, null);
    }

    /** Publishes the request to this clinic. */
    void send(RequestSubmitted request) {
        portal.publish(portal.envelope(request, org));
    }

    /** Publishes the request and returns its inbox item's id once it is there. */
    UUID arrive(RequestSubmitted request) {
        send(request);
        return awaitItem(request.conversationId());
    }

    UUID awaitItem(UUID conversationId) {
        await().atMost(Duration.ofSeconds(30)).until(() -> item(conversationId) != null);
        return UUID.fromString(item(conversationId).getString("id"));
    }

    /** The conversation's item as the inbox list shows it (without opening it: no read receipt), or null. */
    JsonPath item(UUID conversationId) {
        JsonPath list = asGp().queryParam("conversationId", conversationId.toString()).get("/api/v1/inbox")
                .then().statusCode(200).extract().jsonPath();
        return list.getList("items").isEmpty() ? null : list.setRootPath("items[0]");
    }

    /** The item ids {@code GET /inbox?overdue=true} lists. */
    List<String> overdueItems() {
        return asGp().queryParam("overdue", true).get("/api/v1/inbox").then().statusCode(200)
                .extract().path("items.id");
    }

    /** The clinic's figures of {@code GET /inbox/stats}. */
    JsonPath stats() {
        return asGp().get("/api/v1/inbox/stats").then().statusCode(200).extract().jsonPath().setRootPath("clinic");
    }

    /**
     * The value of one of this clinic's gauges in {@code /q/metrics} (on the management port), or
     * null when it has none.
     */
    Double gauge(String prometheusName) {
        String metrics = given().get(TestHTTPResourceManager.getManagementUri() + "/metrics").then().statusCode(200)
                .extract().asString();
        Matcher value = Pattern.compile("^" + prometheusName + "\\{clinic=\"" + org + "\"} (\\S+)$", Pattern.MULTILINE)
                .matcher(metrics);
        return value.find() ? Double.valueOf(value.group(1)) : null;
    }
}
