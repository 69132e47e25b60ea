package no.legekontor.portal.hostile;

import static no.legekontor.devtools.Demo.KARI;
import static no.legekontor.portal.support.Api.asPatient;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import no.legekontor.devtools.Demo;
import no.legekontor.devtools.DevTokens;
import no.legekontor.portal.support.Api;
import org.junit.jupiter.api.Test;

/**
 * Input that JSON mapping or parameter conversion refuses before our code sees it still gets the
 * one problem+json answer: 400, the field or parameter named, the value never echoed (it may be
 * health data).
 */
@QuarkusTest
class BadInputTest {

    @Test
    void aJsonArrayAsTheBodyIsAMalformedRequestProblem() {
        problem(asPatient(KARI).body("[{\"subject\":\"Utslett\"}]").post("/api/v1/e-consultations").then(),
                "malformed-request");
    }

    @Test
    void aJsonScalarAsTheBodyIsAMalformedRequestProblem() {
        problem(asPatient(KARI).body("\"Utslett\"").post("/api/v1/e-consultations").then(), "malformed-request");
    }

    @Test
    void aBooleanFieldGivenTextIsAValidationProblemNamingTheFieldWithoutEchoingIt() {
        problem(asPatient(KARI).body("{\"subject\":\"Utslett\",\"body\":\"Tekst\",\"acceptFee\":\"kanskjeja\","
                        + "\"confirmNotUrgent\":true}").post("/api/v1/e-consultations").then(), "validation-failed")
                .body("errors.field", contains("acceptFee"))
                .body(not(org.hamcrest.Matchers.containsString("kanskjeja")));
    }

    @Test
    void aNumberWhereTextIsExpectedIsAValidationProblem() {
        problem(asPatient(KARI).body("{\"subject\":12,\"body\":\"Tekst\",\"acceptFee\":true,\"confirmNotUrgent\":true}")
                .post("/api/v1/e-consultations").then(), "validation-failed")
                .body("errors.field", contains("subject"));
    }

    @Test
    void anObjectWhereTextIsExpectedIsAValidationProblem() {
        problem(asPatient(KARI).body("{\"subject\":\"Utslett\",\"body\":{\"text\":\"Tekst\"},\"acceptFee\":true,"
                + "\"confirmNotUrgent\":true}").post("/api/v1/e-consultations").then(), "validation-failed")
                .body("errors.field", contains("body"));
    }

    @Test
    void anUnknownEnumValueIsAValidationProblemNamingTheField() {
        problem(asPatient(KARI).body("{\"level\":\"EVERYTHING\",\"consent\":true}").put("/api/v1/me/access-level")
                .then(), "validation-failed")
                .body("errors.field", contains("level"));
    }

    @Test
    void anEnumGivenAsANumberIsAValidationProblem() {
        problem(asPatient(KARI).body("{\"level\":1,\"consent\":true}").put("/api/v1/me/access-level").then(),
                "validation-failed")
                .body("errors.field", contains("level"));
    }

    @Test
    void aMalformedUuidInTheBodyIsAValidationProblemNamingTheField() {
        problem(asPatient(KARI).body("{\"prescriptionId\":\"not-a-uuid\"}").post("/api/v1/prescription-renewals")
                .then(), "validation-failed")
                .body("errors.field", contains("prescriptionId"));
    }

    @Test
    void aNumberTooLargeForTheFieldIsAValidationProblem() {
        problem(Api.as(DevTokens.integration(Demo.DEMO_CLINIC)).body("{\"externalId\":\"epj-sm-big\",\"nationalId\":\"" + KARI
                        + "\",\"fromDate\":\"2026-11-16\",\"toDate\":\"2026-12-04\",\"gradePercent\":99999999999999999999}")
                .post("/api/v1/integration/sick-notes").then(), "validation-failed")
                .body("errors.field", contains("gradePercent"));
    }

    @Test
    void aPageThatIsNotANumberIsAValidationProblemNamingTheParameter() {
        problem(asPatient(KARI).queryParam("page", "abc").get("/api/v1/conversations").then(), "validation-failed")
                .body("errors.field", contains("page"));
    }

    @Test
    void aSizeThatIsNotANumberIsAValidationProblemNamingTheParameter() {
        problem(asPatient(KARI).queryParam("size", "abc").get("/api/v1/prescriptions").then(), "validation-failed")
                .body("errors.field", contains("size"));
    }

    @Test
    void aPageFarPastTheEndIsAnEmptyPageNotAWrappedOffset() {
        asPatient(KARI).queryParam("page", Integer.MAX_VALUE).queryParam("size", 100).get("/api/v1/conversations")
                .then()
                .statusCode(200)
                .body("items", empty())
                .body("page", equalTo(Integer.MAX_VALUE));
    }

    @Test
    void aPageBeyondAnIntegerIsAValidationProblem() {
        problem(asPatient(KARI).queryParam("page", "2147483648").get("/api/v1/vaccinations").then(),
                "validation-failed")
                .body("errors.field", contains("page"));
    }

    @Test
    void receivedAtBeforeTheGregorianCalendarIsAValidationProblem() {
        problem(asPatient(KARI).queryParam("receivedAt", "1500-01-01T10:00:00+01:00").get("/api/v1/reply-deadline")
                .then(), "validation-failed")
                .body("errors.field", contains("receivedAt"));
    }

    @Test
    void receivedAtNearTheLargestYearIsAValidationProblem() {
        problem(asPatient(KARI).queryParam("receivedAt", "+999999999-12-31T10:00:00+01:00")
                .get("/api/v1/reply-deadline").then(), "validation-failed")
                .body("errors.field", contains("receivedAt"));
    }

    @Test
    void aDateFarInTheFutureInAClinicRecordIsAValidationProblem() {
        problem(Api.as(DevTokens.integration(Demo.DEMO_CLINIC)).body("{\"externalId\":\"epj-sm-far\",\"nationalId\":\"" + KARI
                        + "\",\"fromDate\":\"2026-11-16\",\"toDate\":\"+999999999-12-31\",\"gradePercent\":100}")
                .post("/api/v1/integration/sick-notes").then(), "validation-failed")
                .body("errors.field", hasItem("toDate"));
    }

    static ValidatableResponse problem(ValidatableResponse response, String code) {
        return response.statusCode(400)
                .contentType("application/problem+json")
                .body("type", endsWith("/" + code))
                .body("status", equalTo(400));
    }
}
