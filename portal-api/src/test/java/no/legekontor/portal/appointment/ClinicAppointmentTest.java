package no.legekontor.portal.appointment;

import static io.restassured.RestAssured.given;
import static no.legekontor.devtools.Demo.DEMO_CLINIC;
import static no.legekontor.devtools.Demo.FJORD_CLINIC;
import static no.legekontor.devtools.Demo.KARI;
import static no.legekontor.devtools.Demo.LISE_BERG_HPR;
import static no.legekontor.devtools.Demo.NILS_FJELL_HPR;
import static no.legekontor.portal.support.Api.asPatient;
import static no.legekontor.portal.support.Schedule.booked;
import static no.legekontor.portal.support.Schedule.freeSlotIds;
import static no.legekontor.portal.support.Schedule.newSlot;
import static no.legekontor.portal.support.Schedule.nextStart;
import static no.legekontor.portal.support.Schedule.pushSlot;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.quarkus.test.junit.QuarkusTest;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import no.legekontor.devtools.Demo;
import no.legekontor.devtools.DevTokens;
import org.junit.jupiter.api.Test;

/** R4 from the clinic system's side: slots in, bookings and cancellations out, attendance back. */
@QuarkusTest
class ClinicAppointmentTest {

    @Test
    void sameSlotSentTwiceIsOneSlotAndAChangedBodyUpdatesIt() {
        OffsetDateTime start = nextStart();
        String externalId = "epj-" + UUID.randomUUID();
        String id = pushSlot(DEMO_CLINIC, externalId, LISE_BERG_HPR, start, true).statusCode(201)
                .body("externalId", equalTo(externalId))
                .body("gp.hprNumber", equalTo(LISE_BERG_HPR))
                .body("onlineBookable", equalTo(true))
                .extract().path("id");
        pushSlot(DEMO_CLINIC, externalId, LISE_BERG_HPR, start, true).statusCode(200).body("id", equalTo(id));
        assertThat(freeSlotIds(KARI, start)).containsOnlyOnce(id);

        pushSlot(DEMO_CLINIC, externalId, LISE_BERG_HPR, start, false).statusCode(200)
                .body("id", equalTo(id))
                .body("onlineBookable", equalTo(false));
        assertThat(freeSlotIds(KARI, start)).doesNotContain(id);
    }

    @Test
    void slotOfAGpOfAnotherClinicIsRefused() {
        pushSlot(DEMO_CLINIC, "epj-" + UUID.randomUUID(), NILS_FJELL_HPR, nextStart(), true)
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", endsWith("/unknown-gp"));
    }

    @Test
    void slotEndingBeforeItStartsIsAValidationProblem() {
        OffsetDateTime start = nextStart();
        asSystem(DEMO_CLINIC).body(Map.of("externalId", "epj-" + UUID.randomUUID(), "gpHpr", LISE_BERG_HPR,
                        "start", start.toString(), "end", start.toString(), "onlineBookable", true))
                .post("/api/v1/integration/slots").then()
                .statusCode(400)
                .body("type", endsWith("/validation-failed"))
                .body("errors.field", hasItem("end"));
    }

    @Test
    void clinicSeesBookingsAndCancellationsWithPatientAndGp() {
        OffsetDateTime start = nextStart();
        String kept = booked(KARI, newSlot(start));
        String cancelled = booked(KARI, newSlot(start.plusMinutes(5)));
        asPatient(KARI).delete("/api/v1/appointments/" + cancelled).then().statusCode(200);

        String day = start.toLocalDate().toString();
        var list = asSystem(DEMO_CLINIC).queryParam("from", day).queryParam("to", day).queryParam("size", 100)
                .get("/api/v1/integration/appointments").then().statusCode(200)
                .body("total", notNullValue());
        list.body("items.find { it.id == '" + kept + "' }.status", equalTo("BOOKED"))
                .body("items.find { it.id == '" + kept + "' }.patient.nationalId", equalTo(KARI))
                .body("items.find { it.id == '" + kept + "' }.patient.name", equalTo("Kari Nordmann"))
                .body("items.find { it.id == '" + kept + "' }.gp.hprNumber", equalTo(LISE_BERG_HPR))
                .body("items.find { it.id == '" + kept + "' }.gp.name", equalTo(Demo.LISE_BERG))
                .body("items.find { it.id == '" + kept + "' }.bookedAt", notNullValue())
                .body("items.find { it.id == '" + cancelled + "' }.status", equalTo("CANCELLED"))
                .body("items.find { it.id == '" + cancelled + "' }.cancelledAt", notNullValue());

        asSystem(FJORD_CLINIC).queryParam("from", day).queryParam("to", day).queryParam("size", 100)
                .get("/api/v1/integration/appointments").then().statusCode(200)
                .body("items.id", org.hamcrest.Matchers.not(hasItem(kept)));
    }

    @Test
    void attendanceIsRecordedOnceAndShownToThePatient() {
        String id = booked(KARI, newSlot());
        for (int i = 0; i < 2; i++) {
            asSystem(DEMO_CLINIC).body(Map.of("attended", true))
                    .post("/api/v1/integration/appointments/" + id + "/attendance").then()
                    .statusCode(200)
                    .body("id", equalTo(id))
                    .body("attended", equalTo(true))
                    .body("status", equalTo("BOOKED"));
        }
        asPatient(KARI).queryParam("size", 100).get("/api/v1/appointments").then()
                .body("items.find { it.id == '" + id + "' }.attended", equalTo(true));
    }

    @Test
    void attendanceOfACancelledAppointmentIsRefused() {
        String id = booked(KARI, newSlot());
        asPatient(KARI).delete("/api/v1/appointments/" + id).then().statusCode(200);
        asSystem(DEMO_CLINIC).body(Map.of("attended", true))
                .post("/api/v1/integration/appointments/" + id + "/attendance").then()
                .statusCode(409)
                .body("type", endsWith("/appointment-cancelled"));
    }

    @Test
    void anotherClinicsSystemCannotRecordAttendance() {
        String id = booked(KARI, newSlot());
        asSystem(FJORD_CLINIC).body(Map.of("attended", false))
                .post("/api/v1/integration/appointments/" + id + "/attendance").then()
                .statusCode(404)
                .body("type", endsWith("/not-found"));
        asPatient(KARI).queryParam("size", 100).get("/api/v1/appointments").then()
                .body("items.find { it.id == '" + id + "' }.attended", nullValue());
    }

    @Test
    void integrationEndpointsNeedAClinicSystemsToken() {
        String slot = "{\"externalId\":\"x\",\"gpHpr\":\"9100001\",\"start\":\"2030-01-02T08:00:00+01:00\","
                + "\"end\":\"2030-01-02T08:20:00+01:00\",\"onlineBookable\":true}";
        String attendance = "/api/v1/integration/appointments/" + UUID.randomUUID() + "/attendance";
        given().contentType(ContentType.JSON).body(slot).post("/api/v1/integration/slots").then().statusCode(401);
        given().get("/api/v1/integration/appointments").then().statusCode(401);
        given().contentType(ContentType.JSON).body(Map.of("attended", true)).post(attendance).then().statusCode(401);

        asPatient(KARI).body(slot).post("/api/v1/integration/slots").then().statusCode(403);
        asPatient(KARI).get("/api/v1/integration/appointments").then().statusCode(403);
        asPatient(KARI).body(Map.of("attended", true)).post(attendance).then().statusCode(403);
    }

    private static RequestSpecification asSystem(String clinic) {
        return given().auth().oauth2(DevTokens.integration(clinic)).contentType(ContentType.JSON)
                .accept(ContentType.JSON);
    }
}
