package no.legekontor.portal.security;

import static io.restassured.RestAssured.given;
import static no.legekontor.devtools.Demo.DEMO_CLINIC;
import static no.legekontor.devtools.Demo.KARI;
import static no.legekontor.portal.support.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import no.legekontor.devtools.Demo;
import no.legekontor.devtools.DevTokens;
import no.legekontor.devtools.ForeignTokens;
import org.junit.jupiter.api.Test;

/**
 * A refused token tells the caller what to do: an expired login from an invalid one, and which
 * login the endpoint needs (BankID for the patient API, HelseID for the clinic-system API).
 */
@QuarkusTest
class TokenProblemsTest {

    static final String PATIENT_ENDPOINT = "/api/v1/e-consultations/fee";
    static final String INTEGRATION_ENDPOINT = "/api/v1/integration/practitioners";
    static final String BANKID = "ID-porten (BankID, nivå 4)";
    static final String HELSEID_SYSTEM = "HelseID for klientsystem med scope portal:integration";
    static final String ANOTHER_SERVICE = "https://another-service.example";

    @Test
    void expiredPatientTokenIsToldToLogInAgainWithBankId() {
        as(DevTokens.expiredPatient(KARI)).get(PATIENT_ENDPOINT).then()
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer")
                .body("type", endsWith("/token-expired"))
                .body("detail", containsString("utløpt"))
                .body("detail", containsString(BANKID));
        as(DevTokens.expiredPatient(KARI)).header("Accept-Language", "en").get(PATIENT_ENDPOINT).then()
                .statusCode(401)
                .body("detail", containsString("expired"))
                .body("detail", containsString("ID-porten (BankID, level 4)"));
    }

    @Test
    void garbageTokenIsInvalidAndNamesTheLoginOfEachApi() {
        as("not-a-token").get(PATIENT_ENDPOINT).then()
                .statusCode(401)
                .body("type", endsWith("/token-invalid"))
                .body("detail", containsString(BANKID));
        as("not-a-token").get(INTEGRATION_ENDPOINT).then()
                .statusCode(401)
                .body("type", endsWith("/token-invalid"))
                .body("detail", containsString(HELSEID_SYSTEM));
    }

    @Test
    void tokenSignedByAnotherKeyIsInvalidNotExpired() {
        as(ForeignTokens.patient(KARI)).get(PATIENT_ENDPOINT).then()
                .statusCode(401)
                .body("type", endsWith("/token-invalid"))
                .body("detail", containsString(BANKID));
    }

    @Test
    void missingTokenNamesTheLoginNeeded() {
        given().get(PATIENT_ENDPOINT).then()
                .statusCode(401)
                .body("type", endsWith("/unauthorized"))
                .body("detail", containsString(BANKID));
        given().get(INTEGRATION_ENDPOINT).then()
                .statusCode(401)
                .body("type", endsWith("/unauthorized"))
                .body("detail", containsString(HELSEID_SYSTEM));
    }

    @Test
    void patientTokenOnTheIntegrationApiIsTheWrongKind() {
        as(DevTokens.patient(KARI)).get(INTEGRATION_ENDPOINT).then()
                .statusCode(403)
                .body("type", endsWith("/wrong-token-kind"))
                .body("detail", containsString(HELSEID_SYSTEM));
        as(DevTokens.patient(KARI)).header("Accept-Language", "en").get(INTEGRATION_ENDPOINT).then()
                .statusCode(403)
                .body("detail", containsString("HelseID for a client system with the scope portal:integration"));
    }

    @Test
    void clinicSystemAndStaffTokensForPortalApiOnAPatientEndpointAreTheWrongKind() {
        as(DevTokens.integration(DEMO_CLINIC)).get(PATIENT_ENDPOINT).then()
                .statusCode(403)
                .body("type", endsWith("/wrong-token-kind"))
                .body("detail", containsString(BANKID));
        as(DevTokens.sign(DevTokens.staffClaims(Demo.LISE_BERG_HPR, "gp", DEMO_CLINIC, Demo.LISE_BERG)
                .audience(DevTokens.PORTAL_API_AUDIENCE))).get(PATIENT_ENDPOINT).then()
                .statusCode(403)
                .body("type", endsWith("/wrong-token-kind"))
                .body("detail", containsString(BANKID));
    }

    @Test
    void aStaffTokenIssuedForTheInboxIsNotForPortalApi() {
        as(Demo.liseBergToken()).get(PATIENT_ENDPOINT).then()
                .statusCode(401)
                .body("type", endsWith("/token-invalid"))
                .body("detail", containsString(BANKID));
    }

    @Test
    void aTokenOfAnIssuerWeDoNotTrustIsInvalid() {
        as(DevTokens.sign(DevTokens.patientClaims(KARI, DevTokens.ACR_HIGH).issuer("https://idporten.example")))
                .get(PATIENT_ENDPOINT).then()
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer")
                .body("type", endsWith("/token-invalid"))
                .body("detail", containsString(BANKID));
    }

    @Test
    void aClinicSystemTokenWithItsScopesAsAnArrayIsLetIn() {
        as(DevTokens.sign(DevTokens.integrationClaims(DEMO_CLINIC)
                .claim("scope", List.of("openid", DevTokens.INTEGRATION_SCOPE))))
                .get(INTEGRATION_ENDPOINT).then()
                .statusCode(200);
    }

    @Test
    void aPatientTokenIssuedForAnotherServiceIsInvalid() {
        as(DevTokens.sign(DevTokens.patientClaims(KARI, DevTokens.ACR_HIGH).audience(ANOTHER_SERVICE)))
                .get(PATIENT_ENDPOINT).then()
                .statusCode(401)
                .contentType("application/problem+json")
                .body("type", endsWith("/token-invalid"))
                .body("detail", containsString(BANKID));
    }

    @Test
    void aClinicSystemTokenIssuedForAnotherServiceIsInvalid() {
        as(DevTokens.sign(DevTokens.integrationClaims(DEMO_CLINIC).audience(ANOTHER_SERVICE)))
                .get(INTEGRATION_ENDPOINT).then()
                .statusCode(401)
                .body("type", endsWith("/token-invalid"))
                .body("detail", containsString(HELSEID_SYSTEM));
    }

    @Test
    void aClinicSystemIsLetInByItsIntegrationScopeWithoutAnyGroupsClaim() {
        as(DevTokens.sign(DevTokens.integrationClaims(DEMO_CLINIC))).get(INTEGRATION_ENDPOINT).then()
                .statusCode(200);
    }

    @Test
    void aHelseIdTokenWithoutTheIntegrationScopeIsTheWrongKind() {
        as(DevTokens.sign(DevTokens.integrationClaims(DEMO_CLINIC).claim("scope", "openid portal:read")))
                .get(INTEGRATION_ENDPOINT).then()
                .statusCode(403)
                .body("type", endsWith("/wrong-token-kind"))
                .body("detail", containsString(HELSEID_SYSTEM));
    }
}
