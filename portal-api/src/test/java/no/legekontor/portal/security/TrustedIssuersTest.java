package no.legekontor.portal.security;

import static no.legekontor.devtools.TrustedIssuersResource.HELSEID;
import static no.legekontor.devtools.TrustedIssuersResource.IDPORTEN;
import static no.legekontor.portal.support.Api.as;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ValidatableResponse;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.util.List;
import java.util.Map;
import no.legekontor.devtools.Demo;
import no.legekontor.devtools.DevTokens;
import no.legekontor.devtools.SigningKey;
import no.legekontor.devtools.TrustedIssuersResource;
import org.junit.jupiter.api.Test;

/**
 * portal-api as production runs it: ID-porten and HelseID each with their own keys, served as two
 * JWKS documents over HTTP, and each with the audience portal-api has there; not the dev key.
 * Tokens of both issuers work side by side, and each is refused when signed with the other's key,
 * issued for another audience or by an issuer nobody configured.
 */
@QuarkusTest
@TestProfile(TrustedIssuersTest.ProductionIssuers.class)
class TrustedIssuersTest {

    static final String IDPORTEN_AUDIENCE = "https://api.legekontor.test/portal";
    static final String HELSEID_AUDIENCE = "legekontor:portal-api";
    static final String PATIENT_ENDPOINT = "/api/v1/me";
    static final String INTEGRATION_ENDPOINT = "/api/v1/integration/practitioners";

    /** The test profile with the issuers' JWKS addresses and portal-api's audience at each. */
    public static class ProductionIssuers implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "quarkus.oidc.idporten.token.audience", IDPORTEN_AUDIENCE,
                    "quarkus.oidc.helseid.token.audience", HELSEID_AUDIENCE);
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(TrustedIssuersResource.class,
                    Map.of(TrustedIssuersResource.TENANTS_ARG, IDPORTEN + "," + HELSEID)));
        }
    }

    @Test
    void anIdPortenPatientTokenAndAHelseIdClinicSystemTokenBothWork() {
        call(PATIENT_ENDPOINT, signedBy(IDPORTEN, patient())).statusCode(200)
                .body("name", equalTo("Kari Nordmann"));
        call(INTEGRATION_ENDPOINT, signedBy(HELSEID, clinicSystem())).statusCode(200);
    }

    @Test
    void eachIsRefusedWhenSignedWithTheOthersKey() {
        refused(call(PATIENT_ENDPOINT, signedBy(HELSEID, patient())));
        refused(call(INTEGRATION_ENDPOINT, signedBy(IDPORTEN, clinicSystem())));
    }

    @Test
    void eachIsRefusedWhenIssuedForAnotherAudience() {
        refused(call(PATIENT_ENDPOINT, signedBy(IDPORTEN, patient().audience(HELSEID_AUDIENCE))));
        refused(call(INTEGRATION_ENDPOINT, signedBy(HELSEID, clinicSystem().audience(IDPORTEN_AUDIENCE))));
        refused(call(PATIENT_ENDPOINT, signedBy(IDPORTEN, patient().audience(DevTokens.PORTAL_API_AUDIENCE))));
    }

    @Test
    void eachIsRefusedFromAnIssuerNobodyConfigured() {
        refused(call(PATIENT_ENDPOINT, signedBy(IDPORTEN, patient().issuer("https://idporten.example"))));
        refused(call(INTEGRATION_ENDPOINT, signedBy(HELSEID, clinicSystem().issuer(DevTokens.HELSEID_ISSUER))));
    }

    @Test
    void theDevKeyIsNotTrusted() {
        refused(call(PATIENT_ENDPOINT, DevTokens.sign(patient())));
        refused(call(PATIENT_ENDPOINT, DevTokens.patient(Demo.KARI)));
        refused(call(INTEGRATION_ENDPOINT, DevTokens.integration(Demo.DEMO_CLINIC)));
    }

    private static JwtClaimsBuilder patient() {
        return DevTokens.patientClaims(Demo.KARI, DevTokens.ACR_HIGH)
                .issuer(TrustedIssuersResource.issuer(IDPORTEN)).audience(IDPORTEN_AUDIENCE);
    }

    private static JwtClaimsBuilder clinicSystem() {
        return DevTokens.integrationClaims(Demo.DEMO_CLINIC)
                .issuer(TrustedIssuersResource.issuer(HELSEID)).audience(HELSEID_AUDIENCE);
    }

    private static String signedBy(String tenant, JwtClaimsBuilder claims) {
        SigningKey key = TrustedIssuersResource.key(tenant);
        return key.sign(claims);
    }

    private static ValidatableResponse call(String path, String token) {
        return as(token).get(path).then();
    }

    private static void refused(ValidatableResponse response) {
        response.statusCode(401)
                .contentType("application/problem+json")
                .body("type", endsWith("/token-invalid"));
    }
}
