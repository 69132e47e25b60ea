package no.legekontor.portal.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import no.legekontor.devtools.Demo;
import no.legekontor.devtools.DevTokens;
import no.legekontor.portal.client.model.SlotUpsert;
import no.legekontor.shared.calendar.BusinessCalendar;

/** GPs' slots for a test, pushed as the clinic system would, at times no other test uses. */
public final class Schedule {

    /** Test slots start this many days ahead, after the demo data's two weeks of slots. */
    private static final int FIRST_DAY = 20;
    private static final int SLOTS_PER_DAY = 24;
    private static final AtomicInteger NEXT = new AtomicInteger();

    private Schedule() {
    }

    /** A start no other test has used: 20 minutes apart from 08:00 Oslo time, from 20 days ahead. */
    public static OffsetDateTime nextStart() {
        int n = NEXT.getAndIncrement();
        LocalDate day = LocalDate.now(BusinessCalendar.OSLO).plusDays(FIRST_DAY + n / SLOTS_PER_DAY);
        return day.atTime(8, 0).plusMinutes(20L * (n % SLOTS_PER_DAY)).atZone(BusinessCalendar.OSLO)
                .toOffsetDateTime();
    }

    public static ValidatableResponse pushSlot(String clinic, String externalId, String gpHpr, OffsetDateTime start,
            boolean onlineBookable) {
        return given().auth().oauth2(DevTokens.integration(clinic)).contentType(ContentType.JSON)
                .body(Map.of("externalId", externalId, "gpHpr", gpHpr, "start", rfc3339(start),
                        "end", rfc3339(start.plusMinutes(20)), "onlineBookable", onlineBookable))
                .post("/api/v1/integration/slots").then();
    }

    /**
     * As the contract's {@code date-time} (RFC 3339) has it, seconds included, which
     * {@code OffsetDateTime.toString()} leaves out on the full minute.
     */
    public static String rfc3339(OffsetDateTime time) {
        return time.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    /** A new free, online-bookable slot of Lise Berg's, pushed through the generated client; returns its id. */
    public static String newSlot(OffsetDateTime start) {
        SlotUpsert slot = new SlotUpsert().externalId("test-" + UUID.randomUUID()).gpHpr(Demo.LISE_BERG_HPR)
                .start(start).end(start.plusMinutes(20)).onlineBookable(true);
        return Records.created(() -> ClinicSystem.of(Demo.DEMO_CLINIC).integration().upsertSlotWithHttpInfo(slot, null))
                .getId().toString();
    }

    public static String newSlot() {
        return newSlot(nextStart());
    }

    /** The ids of the free slots the patient is shown on the slot's day (as the patient or for a child). */
    public static List<String> freeSlotIds(String nationalId, String onBehalfOf, OffsetDateTime day) {
        var request = Api.asPatient(nationalId);
        if (onBehalfOf != null) {
            request.header("On-Behalf-Of", onBehalfOf);
        }
        String date = day.atZoneSameInstant(BusinessCalendar.OSLO).toLocalDate().toString();
        return request.queryParam("from", date).queryParam("to", date).queryParam("size", 100)
                .get("/api/v1/appointments/slots").then().statusCode(200).extract().path("items.id");
    }

    public static List<String> freeSlotIds(String nationalId, OffsetDateTime day) {
        return freeSlotIds(nationalId, null, day);
    }

    public static ValidatableResponse book(String nationalId, String slotId) {
        return Api.asPatient(nationalId).body(Map.of("slotId", slotId, "reason", "Kontroll", "urgent", false))
                .post("/api/v1/appointments").then();
    }

    /** Books the slot for the patient; returns the appointment's id. */
    public static String booked(String nationalId, String slotId) {
        return book(nationalId, slotId).statusCode(201).extract().path("id");
    }
}
