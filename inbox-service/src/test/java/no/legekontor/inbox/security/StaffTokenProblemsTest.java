package no.legekontor.inbox.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import no.legekontor.devtools.Demo;
import no.legekontor.devtools.DevTokens;
import no.legekontor.devtools.ForeignTokens;
import org.junit.jupiter.api.Test;

/** A refused token on the staff API says what to do, and that HelseID with a staff role is needed. */
@QuarkusTest
class StaffTokenProblemsTest {

    static final String INBOX = "/api/v1/inbox";
    static final String HELSEID_STAFF = "HelseID for helsepersonell med rollen gp eller office";

    @Test
    void expiredStaffTokenIsToldToLogInAgainWithHelseId() {
        as(DevTokens.expiredStaff(Demo.LISE_BERG_HPR, "gp", Demo.DEMO_CLINIC, Demo.LISE_BERG)).get(INBOX).then()
                .statusCode(401)
                .contentType("application/problem+json")
                .body("type", endsWith("/token-expired"))
                .body("detail", containsString(HELSEID_STAFF));
        as(DevTokens.expiredStaff(Demo.LISE_BERG_HPR, "gp", Demo.DEMO_CLINIC, Demo.LISE_BERG))
                .header("Accept-Language", "en").get(INBOX).then()
                .statusCode(401)
                .body("detail", containsString("HelseID for health personnel with the role gp or office"));
    }

    @Test
    void garbageTokenAndForeignSignatureAreInvalid() {
        as("not-a-token").get(INBOX).then()
                .statusCode(401)
                .body("type", endsWith("/token-invalid"))
                .body("detail", containsString(HELSEID_STAFF));
        as(ForeignTokens.staff(Demo.LISE_BERG_HPR, "gp", Demo.DEMO_CLINIC)).get(INBOX).then()
                .statusCode(401)
                .body("type", endsWith("/token-invalid"))
                .body("detail", containsString(HELSEID_STAFF));
    }

    @Test
    void missingTokenNamesHelseIdNotBankId() {
        given().get(INBOX).then()
                .statusCode(401)
                .body("type", endsWith("/unauthorized"))
                .body("detail", containsString(HELSEID_STAFF));
    }

    @Test
    void patientAndClinicSystemTokensAreNotForTheInbox() {
        as(DevTokens.patient(Demo.KARI)).get(INBOX).then()
                .statusCode(401)
                .body("type", endsWith("/token-invalid"))
                .body("detail", containsString(HELSEID_STAFF));
        as(DevTokens.integration(Demo.DEMO_CLINIC)).get(INBOX).then()
                .statusCode(401)
                .body("type", endsWith("/token-invalid"))
                .body("detail", containsString(HELSEID_STAFF));
    }

    @Test
    void aHelseIdTokenForTheInboxWithoutAStaffRoleIsTheWrongKind() {
        as(DevTokens.sign(DevTokens.integrationClaims(Demo.DEMO_CLINIC).audience(DevTokens.INBOX_AUDIENCE)))
                .get(INBOX).then()
                .statusCode(403)
                .body("type", endsWith("/wrong-token-kind"))
                .body("detail", containsString(HELSEID_STAFF));
    }

    @Test
    void aStaffTokenIssuedForAnotherServiceIsInvalid() {
        as(DevTokens.sign(DevTokens.staffClaims(Demo.LISE_BERG_HPR, "gp", Demo.DEMO_CLINIC, Demo.LISE_BERG)
                .audience(DevTokens.PORTAL_API_AUDIENCE))).get(INBOX).then()
                .statusCode(401)
                .contentType("application/problem+json")
                .body("type", endsWith("/token-invalid"))
                .body("detail", containsString(HELSEID_STAFF));
    }

    private static RequestSpecification as(String token) {
        return given().auth().oauth2(token);
    }
}
