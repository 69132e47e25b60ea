package no.legekontor.portal.appointment;

import static io.restassured.RestAssured.given;
import static no.legekontor.devtools.Demo.DEMO_CLINIC;
import static no.legekontor.devtools.Demo.EMMA;
import static no.legekontor.devtools.Demo.FJORD_CLINIC;
import static no.legekontor.devtools.Demo.INGRID;
import static no.legekontor.devtools.Demo.KARI;
import static no.legekontor.devtools.Demo.NILS_FJELL_HPR;
import static no.legekontor.devtools.Demo.OLA;
import static no.legekontor.portal.support.Accounts.registerReadyAdult;
import static no.legekontor.portal.support.Api.asPatient;
import static no.legekontor.portal.support.Schedule.book;
import static no.legekontor.portal.support.Schedule.booked;
import static no.legekontor.portal.support.Schedule.freeSlotIds;
import static no.legekontor.portal.support.Schedule.newSlot;
import static no.legekontor.portal.support.Schedule.nextStart;
import static no.legekontor.portal.support.Schedule.pushSlot;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.legekontor.devtools.Demo;
import no.legekontor.devtools.KafkaBrokerResource;
import no.legekontor.devtools.TestClock;
import no.legekontor.devtools.TopicClient;
import no.legekontor.shared.calendar.BusinessCalendar;
import no.legekontor.shared.event.Topics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** R4 from the patient's side: free slots of the own GP, booking, listing and cancelling. */
@QuarkusTest
class AppointmentBookingTest {

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void patientBooksAPushedSlotSeesItAndCancelsItWhichFreesTheSlot() {
        OffsetDateTime start = nextStart();
        String slotId = newSlot(start);
        assertThat(freeSlotIds(KARI, start)).contains(slotId);

        String id = asPatient(KARI).body(Map.of("slotId", slotId, "reason", "Vondt i kneet", "urgent", false))
                .post("/api/v1/appointments").then()
                .statusCode(201)
                .header("Location", containsString("/api/v1/appointments/"))
                .extract().path("id");
        assertThat(freeSlotIds(KARI, start)).doesNotContain(slotId);

        asPatient(KARI).queryParam("size", 100).get("/api/v1/appointments").then()
                .statusCode(200)
                .body("items.find { it.id == '" + id + "' }.status", equalTo("BOOKED"))
                .body("items.find { it.id == '" + id + "' }.reason", equalTo("Vondt i kneet"))
                .body("items.find { it.id == '" + id + "' }.gp.hprNumber", equalTo(Demo.LISE_BERG_HPR))
                .body("items.find { it.id == '" + id + "' }.gp.name", equalTo(Demo.LISE_BERG))
                .body("items.find { it.id == '" + id + "' }.bookedAt", notNullValue())
                .body("items.find { it.id == '" + id + "' }.cancelledAt", nullValue());

        asPatient(KARI).delete("/api/v1/appointments/" + id).then()
                .statusCode(200)
                .body("id", equalTo(id))
                .body("status", equalTo("CANCELLED"))
                .body("cancelledAt", notNullValue());
        assertThat(freeSlotIds(KARI, start)).contains(slotId);
        // Cancelling again changes nothing.
        asPatient(KARI).delete("/api/v1/appointments/" + id).then().statusCode(200).body("status", equalTo("CANCELLED"));
    }

    @Test
    void bookingAnswersTheAppointmentWithItsLocation() {
        OffsetDateTime start = nextStart();
        String slotId = newSlot(start);
        var booked = book(KARI, slotId).statusCode(201)
                .body("status", equalTo("BOOKED"))
                .body("gp.name", equalTo(Demo.LISE_BERG))
                .body("attended", nullValue())
                .extract();
        assertThat(booked.header("Location")).endsWith("/api/v1/appointments/" + booked.path("id"));
        assertThat(OffsetDateTime.parse(booked.path("start"))).isEqualTo(start);
        assertThat(OffsetDateTime.parse(booked.path("end"))).isEqualTo(start.plusMinutes(20));
    }

    @Test
    void bookingIsPublishedToTheClinicKeyedByAppointment() {
        String id = booked(KARI, newSlot());
        List<TopicClient.Received> published = new TopicClient(KafkaBrokerResource.broker().bootstrapServers())
                .readUntil(Topics.PORTAL_REQUESTS, r -> id.equals(r.key()), found -> !found.isEmpty(),
                        Duration.ofSeconds(30));
        assertThat(published).hasSize(1);
        assertThat(published.get(0).headers()).containsEntry(Topics.HEADER_EVENT_TYPE, "AppointmentBooked");
        assertThat(published.get(0).value()).contains("\"clinicId\":\"" + DEMO_CLINIC + "\"")
                .contains("\"appointmentId\":\"" + id + "\"")
                .contains("\"gpHpr\":\"" + Demo.LISE_BERG_HPR + "\"")
                .contains("\"nationalId\":\"" + KARI + "\"");
    }

    @Test
    void urgentAppointmentIsRefusedWithTheNumbersToCall() {
        asPatient(KARI).body(Map.of("slotId", newSlot(), "urgent", true)).post("/api/v1/appointments").then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", endsWith("/urgent-not-supported"))
                .body("detail", containsString("22 00 00 00"))
                .body("detail", containsString("116 117"))
                .body("detail", containsString("113"));
    }

    @Test
    void slotBookedBySomeoneElseIsTaken() {
        String slotId = newSlot();
        booked(KARI, slotId);
        String other = registerReadyAdult("Siri Taken");
        book(other, slotId).statusCode(409)
                .contentType("application/problem+json")
                .body("type", endsWith("/slot-taken"));
        asPatient(other).header("Accept-Language", "en").body(Map.of("slotId", slotId)).post("/api/v1/appointments")
                .then().statusCode(409).body("detail", containsString("another"));
    }

    @Test
    void cancellingAtOrAfterTheStartIsRefused() {
        OffsetDateTime start = nextStart();
        String id = booked(KARI, newSlot(start));
        clock.standAt(start.atZoneSameInstant(BusinessCalendar.OSLO).toLocalDateTime().toString());
        asPatient(KARI).delete("/api/v1/appointments/" + id).then()
                .statusCode(409)
                .body("type", endsWith("/appointment-started"))
                .body("detail", containsString("22 00 00 00"));
        clock.standAt(start.plusMinutes(30).atZoneSameInstant(BusinessCalendar.OSLO).toLocalDateTime().toString());
        asPatient(KARI).delete("/api/v1/appointments/" + id).then().statusCode(409);
        clock.reset();
        asPatient(KARI).queryParam("size", 100).get("/api/v1/appointments").then()
                .body("items.find { it.id == '" + id + "' }.status", equalTo("BOOKED"));
    }

    @Test
    void anotherPatientsAppointmentIsNotFound() {
        String id = booked(KARI, newSlot());
        String other = registerReadyAdult("Ivar Annen");
        asPatient(other).delete("/api/v1/appointments/" + id).then()
                .statusCode(404)
                .body("type", endsWith("/not-found"));
        asPatient(other).get("/api/v1/appointments").then().body("items.id", not(hasItem(id)));
        asPatient(KARI).queryParam("size", 100).get("/api/v1/appointments").then()
                .body("items.find { it.id == '" + id + "' }.status", equalTo("BOOKED"));
        asPatient(KARI).delete("/api/v1/appointments/" + UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void basisPatientMayLookButNotBook() {
        OffsetDateTime start = nextStart();
        String slotId = newSlot(start);
        assertThat(freeSlotIds(OLA, start)).contains(slotId);
        book(OLA, slotId).statusCode(403).body("type", endsWith("/full-access-required"));
        assertThat(freeSlotIds(OLA, start)).contains(slotId);
    }

    @Test
    void guardianBooksForTheChild() {
        OffsetDateTime start = nextStart();
        String slotId = newSlot(start);
        assertThat(freeSlotIds(KARI, EMMA, start)).contains(slotId);
        String id = asPatient(KARI).header("On-Behalf-Of", EMMA)
                .body(Map.of("slotId", slotId, "reason", "Feber", "urgent", false))
                .post("/api/v1/appointments").then().statusCode(201).extract().path("id");
        asPatient(KARI).header("On-Behalf-Of", EMMA).get("/api/v1/appointments").then()
                .body("items.id", hasItem(id));
        asPatient(KARI).queryParam("size", 100).get("/api/v1/appointments").then()
                .body("items.id", not(hasItem(id)));
    }

    @Test
    void slotsOfAnotherGpAreNeitherListedNorBookable() {
        OffsetDateTime start = nextStart();
        String fjordSlot = pushSlot(FJORD_CLINIC, "fjord-" + UUID.randomUUID(), NILS_FJELL_HPR, start, true)
                .statusCode(201).extract().path("id");
        assertThat(freeSlotIds(INGRID, start)).contains(fjordSlot);
        assertThat(freeSlotIds(KARI, start)).doesNotContain(fjordSlot);
        book(KARI, fjordSlot).statusCode(422).body("type", endsWith("/slot-not-bookable"));
    }

    @Test
    void slotKeptForThePhoneIsNeitherListedNorBookable() {
        OffsetDateTime start = nextStart();
        String slotId = pushSlot(DEMO_CLINIC, "phone-" + UUID.randomUUID(), Demo.LISE_BERG_HPR, start, false)
                .statusCode(201).extract().path("id");
        assertThat(freeSlotIds(KARI, start)).doesNotContain(slotId);
        book(KARI, slotId).statusCode(422).body("type", endsWith("/slot-not-bookable"));
    }

    @Test
    void pastSlotIsNeitherListedNorBookable() {
        OffsetDateTime start = nextStart();
        String slotId = newSlot(start);
        clock.standAt(start.plusMinutes(1).atZoneSameInstant(BusinessCalendar.OSLO).toLocalDateTime().toString());
        assertThat(freeSlotIds(KARI, start)).doesNotContain(slotId);
        book(KARI, slotId).statusCode(422).body("type", endsWith("/slot-not-bookable"));
    }

    @Test
    void aFieldWithoutAValueIsLeftOutRatherThanNull() {
        String slotId = newSlot(nextStart());
        asPatient(KARI).body(Map.of("slotId", slotId, "urgent", false)).post("/api/v1/appointments").then()
                .statusCode(201)
                .body("$", not(hasKey("attended")))
                .body("$", not(hasKey("cancelledAt")))
                .body("$", not(hasKey("reason")))
                .body("$", hasKey("bookedAt"));
    }

    @Test
    void unknownSlotIsNotFound() {
        book(KARI, UUID.randomUUID().toString()).statusCode(404).body("type", endsWith("/not-found"));
    }

    @Test
    void reasonOverFiveHundredCharactersIsAValidationProblem() {
        asPatient(KARI).body(Map.of("slotId", newSlot(), "reason", "x".repeat(501)))
                .post("/api/v1/appointments").then()
                .statusCode(400)
                .body("type", endsWith("/validation-failed"))
                .body("errors.field", hasItem("reason"));
    }

    @Test
    void freeSlotsAreListedEarliestFirstForAtMostThirtyOneDays() {
        LocalDate today = LocalDate.now(BusinessCalendar.OSLO);
        List<String> starts = asPatient(KARI).queryParam("size", 100).get("/api/v1/appointments/slots").then()
                .statusCode(200).extract().path("items.start");
        assertThat(starts).isSortedAccordingTo((a, b) -> OffsetDateTime.parse(a).compareTo(OffsetDateTime.parse(b)));
        asPatient(KARI).queryParam("from", today.toString()).queryParam("to", today.plusDays(31).toString())
                .get("/api/v1/appointments/slots").then()
                .statusCode(400)
                .body("type", endsWith("/validation-failed"))
                .body("errors.field", hasItem("to"));
        asPatient(KARI).queryParam("from", "i morgen").get("/api/v1/appointments/slots").then()
                .statusCode(400)
                .body("errors.field", hasItem("from"));
    }

    @Test
    void withoutTokenIsUnauthorized() {
        given().get("/api/v1/appointments").then().statusCode(401);
        given().get("/api/v1/appointments/slots").then().statusCode(401);
    }
}
