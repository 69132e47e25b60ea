package no.legekontor.inbox.intake;

import static io.restassured.RestAssured.given;
import static no.legekontor.devtools.Demo.liseBergToken;
import static no.legekontor.devtools.Demo.nilsFjellToken;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
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
import java.util.UUID;
import no.legekontor.devtools.Demo;
import no.legekontor.devtools.TopicClient;
import no.legekontor.inbox.support.PortalSide;
import no.legekontor.shared.calendar.BusinessCalendar;
import no.legekontor.shared.event.AppointmentBooked;
import no.legekontor.shared.event.EventEnvelope;
import no.legekontor.shared.event.RequestSubmitted;
import no.legekontor.shared.event.RequestType;
import no.legekontor.shared.event.Topics;
import no.legekontor.support.messaging.EventCodec;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** R4 on the clinic's side: bookings and cancellations become appointment notices without a deadline. */
@QuarkusTest
class AppointmentNoticeTest {

    @Inject
    EventCodec codec;

    PortalSide portal;

    @BeforeEach
    void setUp() {
        portal = new PortalSide(codec);
    }

    @Test
    void bookingBecomesAnOpenNoticeWithoutDeadlineAndTheReceiptGoesBack() {
        AppointmentBooked booking = PortalSide.booking("Vondt i kneet");
        portal.book(booking);
        String itemId = awaitNotices(booking.appointmentId(), 1).get(0);
        String when = booking.start().atZoneSameInstant(BusinessCalendar.OSLO).toLocalDate()
                .format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy"));
        as(liseBergToken()).get("/api/v1/inbox/" + itemId).then()
                .statusCode(200)
                .body("type", equalTo("APPOINTMENT_NOTICE"))
                .body("status", equalTo("OPEN"))
                .body("appointmentId", equalTo(booking.appointmentId().toString()))
                .body("conversationId", nullValue())
                .body("replyDueBy", nullValue())
                .body("overdue", equalTo(false))
                .body("subject", equalTo("Time bestilt " + when + " kl. 08:20 (fastlege HPR " + Demo.LISE_BERG_HPR + ")"))
                .body("body", equalTo("Vondt i kneet"))
                .body("patient.name", equalTo("Kari Nordmann"))
                .body("patient.nationalId", equalTo(Demo.KARI))
                .body("details.appointment.id", equalTo(booking.appointmentId().toString()))
                .body("details.appointment.change", equalTo("BOOKED"))
                .body("details.appointment.gpHpr", equalTo(Demo.LISE_BERG_HPR));

        List<TopicClient.Received> events = portal.inboxEvents(booking.appointmentId(), 1);
        assertThat(events).hasSize(1);
        assertThat(events.get(0).headers()).containsEntry(Topics.HEADER_EVENT_TYPE, "AppointmentNoticeReceived");
        assertThat(events.get(0).value()).contains("\"inboxItemId\":\"" + itemId + "\"");
    }

    @Test
    void bookingDeliveredTwiceMakesOneNoticeAndOneReceipt() {
        AppointmentBooked booking = PortalSide.booking("Kontroll");
        EventEnvelope event = portal.book(booking);
        portal.publish(event);
        // The cancellation on the same key is consumed after both copies of the booking.
        portal.cancel(booking);
        awaitNotices(booking.appointmentId(), 2);
        List<String> changes = as(liseBergToken()).queryParam("size", 100).queryParam("type", "APPOINTMENT_NOTICE")
                .get("/api/v1/inbox").then().statusCode(200)
                .extract().path("items.findAll { it.appointmentId == '" + booking.appointmentId()
                        + "' }.details.appointment.change");
        assertThat(changes).containsExactlyInAnyOrder("BOOKED", "CANCELLED");
        // The relay publishes in commit order: once the cancellation's receipt is out, a duplicate's would be too.
        portal.inboxEvents(booking.appointmentId(), 2);
        assertThat(portal.allInboxEvents(booking.appointmentId())).hasSize(2);
    }

    @Test
    void cancellationBecomesANoticeOfItsOwn() {
        AppointmentBooked booking = PortalSide.booking("");
        portal.book(booking);
        portal.cancel(booking);
        List<String> ids = awaitNotices(booking.appointmentId(), 2);
        String cancelled = ids.stream()
                .filter(id -> "CANCELLED".equals(as(liseBergToken()).get("/api/v1/inbox/" + id).then()
                        .extract().path("details.appointment.change")))
                .findFirst().orElseThrow();
        as(liseBergToken()).get("/api/v1/inbox/" + cancelled).then()
                .body("subject", org.hamcrest.Matchers.startsWith("Time avbestilt "))
                .body("body", equalTo(""))
                .body("replyDueBy", nullValue());
    }

    @Test
    void noticesComeAfterItemsWithADeadline() {
        AppointmentBooked booking = PortalSide.booking("Kontroll");
        portal.book(booking);
        awaitNotices(booking.appointmentId(), 1);
        RequestSubmitted request = PortalSide.request(RequestType.OFFICE_MESSAGE, "Sent i køen",
                OffsetDateTime.now(ZoneOffset.ofHours(1)).plusYears(10), false);
        portal.submit(request);
        await().atMost(Duration.ofSeconds(30)).until(() -> as(liseBergToken()).queryParam("size", 100)
                .queryParam("status", "OPEN").get("/api/v1/inbox").then().extract()
                .<List<String>>path("items.conversationId").contains(request.conversationId().toString()));
        List<String> types = as(liseBergToken()).queryParam("size", 100).queryParam("status", "OPEN")
                .get("/api/v1/inbox").then().statusCode(200).extract().path("items.type");
        int firstNotice = types.indexOf("APPOINTMENT_NOTICE");
        assertThat(firstNotice).isNotNegative();
        assertThat(types.subList(firstNotice, types.size())).containsOnly("APPOINTMENT_NOTICE");
    }

    @Test
    void staffOfAnotherClinicDoNotSeeTheNotice() {
        AppointmentBooked booking = PortalSide.booking("Kontroll");
        portal.book(booking);
        awaitNotices(booking.appointmentId(), 1);
        as(nilsFjellToken()).queryParam("size", 100).get("/api/v1/inbox").then()
                .statusCode(200)
                .body("items.appointmentId", not(hasItem(booking.appointmentId().toString())));
    }

    private List<String> awaitNotices(UUID appointmentId, int count) {
        await().atMost(Duration.ofSeconds(30)).until(() -> notices(appointmentId).size() >= count);
        return notices(appointmentId);
    }

    private static List<String> notices(UUID appointmentId) {
        return as(liseBergToken()).queryParam("size", 100).queryParam("type", "APPOINTMENT_NOTICE")
                .get("/api/v1/inbox").then().statusCode(200)
                .extract().path("items.findAll { it.appointmentId == '" + appointmentId + "' }.id");
    }

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).accept(ContentType.JSON);
    }
}
