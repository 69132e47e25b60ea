package no.legekontor.portal.conversation;

import static no.legekontor.devtools.Demo.INGRID;
import static no.legekontor.devtools.Demo.KARI;
import static no.legekontor.portal.support.Api.asPatient;
import static no.legekontor.portal.support.Api.submitEConsultation;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ConversationTest {

    @Test
    void patientListsOwnConversationsNewestFirstInPages() {
        submitEConsultation(KARI);
        String newest = submitEConsultation(KARI);
        asPatient(KARI).queryParam("size", 2).get("/api/v1/conversations").then()
                .statusCode(200)
                .body("items", hasSize(lessThanOrEqualTo(2)))
                .body("items[0].id", equalTo(newest))
                .body("total", greaterThanOrEqualTo(2))
                .body("page", equalTo(0))
                .body("size", equalTo(2));
    }

    @Test
    void pagePastTheEndIsEmptyButStillCountsTheWholeList() {
        submitEConsultation(KARI);
        int total = asPatient(KARI).get("/api/v1/conversations").then().extract().path("total");
        asPatient(KARI).queryParam("page", 10_000).get("/api/v1/conversations").then()
                .statusCode(200)
                .body("items", hasSize(0))
                .body("total", equalTo(total));
    }

    @Test
    void patientReadsOneConversationWithItsMessages() {
        String id = submitEConsultation(KARI);
        asPatient(KARI).get("/api/v1/conversations/" + id).then()
                .statusCode(200)
                .body("id", equalTo(id))
                .body("messages", hasSize(1))
                .body("messages[0].body", equalTo("Kløende utslett på armen i to uker."));
    }

    @Test
    void anotherPatientsConversationIsNotFoundRatherThanForbidden() {
        String karis = submitEConsultation(KARI);
        asPatient(INGRID).get("/api/v1/conversations/" + karis).then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("type", endsWith("/not-found"));
        asPatient(INGRID).get("/api/v1/conversations").then()
                .statusCode(200)
                .body("items.id", not(hasItem(karis)));
    }

    @Test
    void pageSizeAboveTheLimitIsAValidationProblem() {
        asPatient(KARI).queryParam("size", 1000).get("/api/v1/conversations").then()
                .statusCode(400)
                .body("type", endsWith("/validation-failed"))
                .body("errors.field", hasItem("size"));
    }
}
