package no.legekontor.portal.limits;

import static no.legekontor.portal.support.Api.asPatient;
import static no.legekontor.portal.support.Api.econsultation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import no.legekontor.devtools.Demo;
import no.legekontor.portal.support.Accounts;
import no.legekontor.portal.support.Schedule;
import org.junit.jupiter.api.Test;

/**
 * R16 (issue 19): limits a patient meets as rules, each a problem that names it. Runs with the
 * product's limits in an application of its own (the other tests send far more as the demo people).
 */
@QuarkusTest
@TestProfile(FairUseTest.ProductLimits.class)
class FairUseTest {

    /** The limits as production has them, and smaller daily ones so that a test reaches them quickly. */
    public static class ProductLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("portal.limits.future-bookings", "2",
                    "portal.limits.e-consultations-per-day", "2",
                    "portal.limits.office-messages-per-day", "2");
        }
    }

    @Test
    void aThirdFutureBookingIsRefusedUntilOneIsCancelled() {
        String tone = Accounts.registerReadyAdult("Booker Bente");
        String first = Schedule.booked(tone, Schedule.newSlot());
        Schedule.booked(tone, Schedule.newSlot());
        String third = Schedule.newSlot();

        Schedule.book(tone, third).statusCode(409)
                .contentType("application/problem+json")
                .body("type", endsWith("/booking-limit"))
                .body("detail", org.hamcrest.Matchers.containsString("2"));
        asPatient(tone).delete("/api/v1/appointments/" + first).then().statusCode(200);
        Schedule.book(tone, third).statusCode(201);
    }

    @Test
    void eConsultationsAndOfficeMessagesPastTheDailyLimitAre429WithRetryAfter() {
        String tone = Accounts.registerReadyAdult("Skriver Siri");
        for (int i = 0; i < 2; i++) {
            asPatient(tone).body(econsultation("Spørsmål", "Tekst")).post("/api/v1/e-consultations").then()
                    .statusCode(201);
        }
        String retryAfter = asPatient(tone).body(econsultation("Spørsmål", "Tekst")).post("/api/v1/e-consultations")
                .then().statusCode(429)
                .contentType("application/problem+json")
                .body("type", endsWith("/too-many-requests"))
                .extract().header("Retry-After");
        assertThat(Long.parseLong(retryAfter)).isBetween(1L, 25 * 3600L);

        Map<String, Object> message = Map.of("subject", "Attest", "body", "Tekst", "confirmNotUrgent", true);
        asPatient(tone).body(message).post("/api/v1/messages").then().statusCode(201);
        asPatient(tone).body(message).post("/api/v1/messages").then().statusCode(201);
        asPatient(tone).body(message).post("/api/v1/messages").then().statusCode(429)
                .header("Retry-After", not(equalTo(null)));
        // A refused request takes nothing: the conversations are the four sent.
        asPatient(tone).get("/api/v1/conversations").then().body("total", equalTo(4));
    }

    @Test
    void aBodyOver64KbIs413AsAProblem() {
        String big = "x".repeat(70_000);
        asPatient(Demo.KARI).header("Accept-Language", "en").body(econsultation("Stor", big))
                .post("/api/v1/e-consultations").then()
                .statusCode(413)
                .contentType("application/problem+json")
                .body("type", endsWith("/body-too-large"))
                .body("status", equalTo(413))
                .body("title", equalTo("The request is too large"));
        asPatient(Demo.KARI).body(econsultation("Under grensen", "x".repeat(60_000)))
                .post("/api/v1/e-consultations").then()
                .statusCode(400)
                .body("type", endsWith("/validation-failed"));
    }
}
