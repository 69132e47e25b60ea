package no.legekontor.inbox.hostile;

import static no.legekontor.devtools.Demo.liseBergToken;
import static no.legekontor.inbox.support.StaffCalls.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Input that JSON mapping or parameter conversion refuses before our code sees it still gets the
 * one problem+json answer: 400, the field or parameter named, the value never echoed.
 */
@QuarkusTest
class BadInputTest {

    static final String REPLIES = "/api/v1/inbox/" + UUID.randomUUID() + "/replies";
    static final String DECISION = "/api/v1/inbox/" + UUID.randomUUID() + "/decision";

    @Test
    void aJsonArrayAsTheBodyIsAMalformedRequestProblem() {
        problem(as(liseBergToken()).body("[\"Dette ser ut som eksem.\"]").post(REPLIES).then(), "malformed-request");
    }

    @Test
    void aNumberWhereTextIsExpectedIsAValidationProblemNamingTheField() {
        problem(as(liseBergToken()).body("{\"body\":42}").post(REPLIES).then(), "validation-failed")
                .body("errors.field", contains("body"));
    }

    @Test
    void anUnknownOutcomeIsAValidationProblemNamingTheFieldWithoutEchoingIt() {
        problem(as(liseBergToken()).body("{\"outcome\":\"KANSKJE\"}").post(DECISION).then(), "validation-failed")
                .body("errors.field", contains("outcome"))
                .body("errors[0].message", containsString("APPROVED"))
                .body(not(containsString("KANSKJE")));
    }

    @Test
    void aDateFarInTheFutureIsAValidationProblem() {
        problem(as(liseBergToken()).body("{\"outcome\":\"APPROVED\",\"validUntil\":\"+999999999-12-31\"}")
                .post(DECISION).then(), "validation-failed")
                .body("errors.field", contains("validUntil"));
    }

    @Test
    void anUnknownStatusFilterIsAValidationProblemNamingTheParameter() {
        problem(as(liseBergToken()).queryParam("status", "WHATEVER").get("/api/v1/inbox").then(), "validation-failed")
                .body("errors.field", contains("status"));
    }

    @Test
    void aBooleanFilterThatIsNeitherTrueNorFalseIsAValidationProblem() {
        problem(as(liseBergToken()).queryParam("overdue", "yes").get("/api/v1/inbox").then(), "validation-failed")
                .body("errors.field", contains("overdue"));
    }

    @Test
    void aPageThatIsNotANumberIsAValidationProblemNamingTheParameter() {
        problem(as(liseBergToken()).queryParam("page", "abc").get("/api/v1/inbox").then(), "validation-failed")
                .body("errors.field", contains("page"));
    }

    @Test
    void aPageFarPastTheEndIsAnEmptyPage() {
        as(liseBergToken()).queryParam("page", Integer.MAX_VALUE).queryParam("size", 100).get("/api/v1/inbox").then()
                .statusCode(200)
                .body("items", empty());
    }

    @Test
    void statsForAPeriodFarInThePastIsAValidationProblem() {
        problem(as(liseBergToken()).queryParam("from", "1000-01-01").queryParam("to", "1000-06-01")
                .get("/api/v1/inbox/stats").then(), "validation-failed")
                .body("errors.field", contains("from"));
    }

    static ValidatableResponse problem(ValidatableResponse response, String code) {
        return response.statusCode(400)
                .contentType("application/problem+json")
                .body("type", endsWith("/" + code))
                .body("status", equalTo(400));
    }
}
