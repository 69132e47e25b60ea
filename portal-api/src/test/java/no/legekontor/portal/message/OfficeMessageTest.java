package no.legekontor.portal.message;

import static no.legekontor.devtools.Demo.KARI;
import static no.legekontor.devtools.Demo.OLA;
import static no.legekontor.portal.support.Api.asPatient;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.legekontor.devtools.KafkaBrokerResource;
import no.legekontor.devtools.TestClock;
import no.legekontor.devtools.TopicClient;
import no.legekontor.shared.event.Topics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OfficeMessageTest {

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static Map<String, Object> message(String subject, String body) {
        return new HashMap<>(Map.of("subject", subject, "body", body, "confirmNotUrgent", true));
    }

    @Test
    void messageBeforeFourOnABusinessDayIsAimedAtFourThatDay() {
        clock.standAt("2026-12-01T09:30"); // a Tuesday
        var created = asPatient(KARI).body(message("Attest", "Kan jeg hente en attest fredag?"))
                .post("/api/v1/messages").then()
                .statusCode(201)
                .header("Location", containsString("/api/v1/conversations/"))
                .body("type", equalTo("OFFICE_MESSAGE"))
                .body("targetBy", equalTo("2026-12-01T16:00:00+01:00"))
                .body("replyDueBy", equalTo("2026-12-08T23:59:59+01:00"))
                .body("fee", nullValue())
                .extract();
        String id = created.path("id");
        List<TopicClient.Received> published = new TopicClient(KafkaBrokerResource.broker().bootstrapServers())
                .readUntil(Topics.PORTAL_REQUESTS, r -> id.equals(r.key()), found -> !found.isEmpty(),
                        Duration.ofSeconds(30));
        assertThat(published.get(0).value()).contains("\"requestType\":\"OFFICE_MESSAGE\"")
                .contains("\"targetBy\":\"2026-12-01T16:00:00+01:00\"");
    }

    @Test
    void messageOnFridayEveningIsAimedAtMondayAfternoon() {
        clock.standAt("2026-12-04T19:00");
        asPatient(KARI).body(message("Time", "Kan jeg flytte timen min?")).post("/api/v1/messages").then()
                .statusCode(201)
                .body("targetBy", equalTo("2026-12-07T16:00:00+01:00"));
    }

    @Test
    void messageWithoutConfirmingItIsNotUrgentIsRefused() {
        Map<String, Object> body = message("Spørsmål", "Tekst");
        body.remove("confirmNotUrgent");
        asPatient(KARI).body(body).post("/api/v1/messages").then()
                .statusCode(422)
                .body("type", endsWith("/urgent-not-supported"))
                .body("detail", containsString("113"));
    }

    @Test
    void urgentSoundingMessageIsAcceptedFlaggedAndAdvisesToCall() {
        asPatient(KARI).body(message("Hjelp", "Jeg har sterke brystsmerter nå.")).post("/api/v1/messages").then()
                .statusCode(201)
                .body("possiblyUrgent", equalTo(true))
                .body("urgentAdvice", notNullValue());
    }

    @Test
    void patientWithBasisAccessCannotSendAMessage() {
        asPatient(OLA).body(message("Spørsmål", "Tekst")).post("/api/v1/messages").then()
                .statusCode(403)
                .body("type", endsWith("/full-access-required"));
    }
}
