package no.legekontor.portal.deadline;

import static no.legekontor.devtools.Demo.KARI;
import static no.legekontor.portal.support.Api.asPatient;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ReplyDeadlineResourceTest {

    @Test
    void requestReceivedOnSaturdayIsDueTheFollowingFriday() {
        asPatient(KARI).queryParam("receivedAt", "2026-12-05T10:15:00+01:00").get("/api/v1/reply-deadline").then()
                .statusCode(200)
                .body("receivedAt", equalTo("2026-12-05T10:15:00+01:00"))
                .body("replyDueBy", equalTo("2026-12-11T23:59:59+01:00"));
    }

    @Test
    void requestReceivedBeforeChristmasSkipsTheHolidays() {
        // Tue 22 Dec 2026: 23, 24 (Thu, Fri: 24 is a business day), 28, 29, 30 -> Wed 30 Dec
        asPatient(KARI).queryParam("receivedAt", "2026-12-22T09:00:00+01:00").get("/api/v1/reply-deadline").then()
                .statusCode(200)
                .body("replyDueBy", equalTo("2026-12-30T23:59:59+01:00"));
    }

    @Test
    void missingReceivedAtIsAValidationProblem() {
        asPatient(KARI).get("/api/v1/reply-deadline").then()
                .statusCode(400)
                .body("type", endsWith("/validation-failed"))
                .body("errors.field", hasItem("receivedAt"));
    }

    @Test
    void receivedAtWithoutOffsetIsAValidationProblem() {
        asPatient(KARI).queryParam("receivedAt", "2026-12-05T10:15:00").get("/api/v1/reply-deadline").then()
                .statusCode(400)
                .body("errors.field", hasItem("receivedAt"));
    }
}
