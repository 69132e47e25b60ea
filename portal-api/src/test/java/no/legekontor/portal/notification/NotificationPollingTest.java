package no.legekontor.portal.notification;

import static no.legekontor.portal.notification.NotificationChecks.readyAdultNotifiedBy;
import static no.legekontor.portal.support.Api.asPatient;
import static no.legekontor.portal.support.Schedule.booked;
import static no.legekontor.portal.support.Schedule.newSlot;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.legekontor.portal.support.Accounts;
import no.legekontor.shared.calendar.BusinessCalendar;
import org.junit.jupiter.api.Test;

/**
 * Updates without polling floods (issue 23): {@code GET /notifications} answers a strong ETag, a
 * poll with the current one is 304 without a body and without an access-log entry, and
 * {@code since} lists only what came after a notification the app already has.
 */
@QuarkusTest
class NotificationPollingTest {

    @Test
    void aPollWithTheCurrentETagIsNotModifiedHasNoBodyAndWritesNoAccessLogEntry() {
        String person = readyAdultNotifiedBy("Varsel Petra", false, false);
        booked(person, newSlot());
        Response first = asPatient(person).get("/api/v1/notifications");
        first.then().statusCode(200).body("items", hasSize(1));
        String etag = first.header("ETag");
        assertThat(etag).as("a strong ETag").isNotBlank().startsWith("\"").doesNotStartWith("W/");
        assertThat(first.header("Cache-Control")).contains("private").contains("no-cache");
        List<Map<String, Object>> logBefore = accessLog(person);

        for (int poll = 0; poll < 3; poll++) {
            Response again = asPatient(person).header("If-None-Match", etag).get("/api/v1/notifications");
            again.then().statusCode(304);
            assertThat(again.asByteArray()).as("no body").isEmpty();
            assertThat(again.header("ETag")).isEqualTo(etag);
        }

        assertThat(accessLog(person)).as("three unchanged polls leave the access log as it was").isEqualTo(logBefore);
    }

    @Test
    void aNewNotificationChangesTheETagAndThePollAnswersTheNewList() {
        String person = readyAdultNotifiedBy("Varsel Paul", false, false);
        String appointment = booked(person, newSlot());
        String etag = asPatient(person).get("/api/v1/notifications").then().statusCode(200).extract().header("ETag");

        asPatient(person).delete("/api/v1/appointments/" + appointment).then().statusCode(200);

        Response changed = asPatient(person).header("If-None-Match", etag).get("/api/v1/notifications");
        changed.then().statusCode(200).body("items", hasSize(2))
                .body("items[0].kind", equalTo("APPOINTMENT_CANCELLED"));
        assertThat(changed.header("ETag")).isNotBlank().isNotEqualTo(etag);
        asPatient(person).header("If-None-Match", changed.header("ETag")).get("/api/v1/notifications").then()
                .statusCode(304);
    }

    @Test
    void sinceListsOnlyTheNotificationsAfterTheOneNamed() {
        String person = readyAdultNotifiedBy("Varsel Pia", false, false);
        String appointment = booked(person, newSlot());
        String bookedId = asPatient(person).get("/api/v1/notifications").then().statusCode(200)
                .extract().path("items[0].id");

        asPatient(person).queryParam("since", bookedId).get("/api/v1/notifications").then().statusCode(200)
                .body("items", hasSize(0)).body("total", equalTo(0));

        asPatient(person).delete("/api/v1/appointments/" + appointment).then().statusCode(200);
        booked(person, newSlot());

        List<String> kinds = asPatient(person).queryParam("since", bookedId).get("/api/v1/notifications").then()
                .statusCode(200).body("total", equalTo(2)).extract().path("items.kind");
        assertThat(kinds).containsExactly("APPOINTMENT_BOOKED", "APPOINTMENT_CANCELLED");
        String newest = asPatient(person).queryParam("since", bookedId).get("/api/v1/notifications").then()
                .extract().path("items[0].id");
        asPatient(person).queryParam("since", newest).get("/api/v1/notifications").then().statusCode(200)
                .body("items", hasSize(0));
    }

    @Test
    void sinceAndPagingAndOnBehalfOfEachHaveTheirOwnETag() {
        String parent = readyAdultNotifiedBy("Varsel Pernille", false, false);
        String child = Accounts.register("Varsel Pjokk", LocalDate.now(BusinessCalendar.OSLO).minusYears(6));
        Accounts.registerGuardian(parent, child);
        booked(parent, newSlot());
        String own = etag(asPatient(parent).get("/api/v1/notifications"));
        String forChild = etag(asPatient(parent).header("On-Behalf-Of", child).get("/api/v1/notifications"));
        String secondPage = etag(asPatient(parent).queryParam("page", 1).get("/api/v1/notifications"));
        String since = etag(asPatient(parent).queryParam("since", UUID.randomUUID()).get("/api/v1/notifications"));

        assertThat(List.of(own, forChild, secondPage)).doesNotHaveDuplicates();
        assertThat(since).as("an unknown since is refused, not tagged").isNull();
        asPatient(parent).header("On-Behalf-Of", child).header("If-None-Match", own).get("/api/v1/notifications")
                .then().statusCode(200).body("items", hasSize(0));
        asPatient(parent).header("If-None-Match", "\"something else\", " + own).get("/api/v1/notifications")
                .then().statusCode(304);
    }

    @Test
    void sinceThatNamesNoNotificationOfTheCallersIsValidationFailed() {
        String person = readyAdultNotifiedBy("Varsel Preben", false, false);
        String other = readyAdultNotifiedBy("Varsel Palle", false, false);
        booked(other, newSlot());
        String othersNotification = asPatient(other).get("/api/v1/notifications").then().extract().path("items[0].id");

        for (String since : List.of(othersNotification, UUID.randomUUID().toString(), "not-an-id")) {
            asPatient(person).queryParam("since", since).get("/api/v1/notifications").then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("type", endsWith("/validation-failed"))
                    .body("errors[0].field", equalTo("since"));
        }
    }

    private static String etag(Response response) {
        return response.header("ETag");
    }

    /** The person's whole access log, as the person reads it. */
    private static List<Map<String, Object>> accessLog(String person) {
        return asPatient(person).queryParam("size", 100).get("/api/v1/audit-log").then().statusCode(200)
                .extract().path("items");
    }
}
