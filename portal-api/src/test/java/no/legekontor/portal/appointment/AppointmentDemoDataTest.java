package no.legekontor.portal.appointment;

import static no.legekontor.devtools.Demo.KARI;
import static no.legekontor.portal.support.Api.asPatient;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.time.DayOfWeek;
import java.time.OffsetDateTime;
import java.util.List;
import no.legekontor.devtools.Demo;
import no.legekontor.shared.calendar.BusinessCalendar;
import org.junit.jupiter.api.Test;

/** docs/rules.md, the demo people: the demo data the dev and test profiles load for appointments. */
@QuarkusTest
class AppointmentDemoDataTest {

    static final String KARIS_LAST_APPOINTMENT = "00000000-0000-4000-a100-000000000001";

    @Test
    void kariAttendedAnAppointmentWithLiseBergLastMonth() {
        asPatient(KARI).queryParam("size", 100).get("/api/v1/appointments").then()
                .statusCode(200)
                .body("items.find { it.id == '" + KARIS_LAST_APPOINTMENT + "' }.attended", equalTo(true))
                .body("items.find { it.id == '" + KARIS_LAST_APPOINTMENT + "' }.status", equalTo("BOOKED"))
                .body("items.find { it.id == '" + KARIS_LAST_APPOINTMENT + "' }.gp.name", equalTo(Demo.LISE_BERG));
    }

    @Test
    void liseBergHasFreeSlotsOnBusinessDaysFromEightEveryTwentyMinutes() {
        List<String> starts = asPatient(KARI).queryParam("size", 100).get("/api/v1/appointments/slots").then()
                .statusCode(200).extract().path("items.start");
        assertThat(starts).isNotEmpty();
        for (String start : starts) {
            var local = OffsetDateTime.parse(start).atZoneSameInstant(BusinessCalendar.OSLO);
            assertThat(local.getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
            assertThat(local.getMinute() % 20).isZero();
            assertThat(local.toLocalTime().toString()).isNotIn("11:20", "11:40");
        }
    }
}
