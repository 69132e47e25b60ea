package no.legekontor.inbox.security;

import static io.restassured.RestAssured.given;
import static no.legekontor.devtools.TrustedIssuersResource.HELSEID;
import static no.legekontor.devtools.TrustedIssuersResource.IDPORTEN;
import static org.hamcrest.Matchers.endsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.ValidatableResponse;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.util.List;
import java.util.Map;
import no.legekontor.devtools.Demo;
import no.legekontor.devtools.DevTokens;
import no.legekontor.devtools.TrustedIssuersResource;
import org.junit.jupiter.api.Test;

/**
 * inbox-service as production runs it: HelseID's keys served as a JWKS document over HTTP and the
 * audience inbox-service has at HelseID, not the dev key. A GP's HelseID token works; one signed
 * with another issuer's key, issued for another audience or by an issuer nobody configured does not.
 */
@QuarkusTest
@TestProfile(TrustedIssuerTest.ProductionIssuer.class)
class TrustedIssuerTest {

    static final String AUDIENCE = "legekontor:inbox-service";
    static final String INBOX = "/api/v1/inbox";

    /** The test profile with HelseID's JWKS address and inbox-service's audience there. */
    public static class ProductionIssuer implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.oidc.helseid.token.audience", AUDIENCE);
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(TrustedIssuersResource.class,
                    Map.of(TrustedIssuersResource.TENANTS_ARG, HELSEID)));
        }
    }

    @Test
    void aGpsHelseIdTokenWorks() {
        call(TrustedIssuersResource.key(HELSEID).sign(liseBerg())).statusCode(200);
    }

    @Test
    void aTokenSignedWithAnotherIssuersKeyIsRefused() {
        refused(call(TrustedIssuersResource.key(IDPORTEN).sign(liseBerg())));
    }

    @Test
    void aTokenIssuedForAnotherAudienceIsRefused() {
        refused(call(TrustedIssuersResource.key(HELSEID).sign(liseBerg().audience("legekontor:portal-api"))));
    }

    @Test
    void aTokenOfAnIssuerNobodyConfiguredOrSignedWithTheDevKeyIsRefused() {
        refused(call(TrustedIssuersResource.key(HELSEID).sign(liseBerg().issuer("https://helseid.example"))));
        refused(call(DevTokens.sign(liseBerg())));
        refused(call(Demo.liseBergToken()));
    }

    private static JwtClaimsBuilder liseBerg() {
        return DevTokens.staffClaims(Demo.LISE_BERG_HPR, "gp", Demo.DEMO_CLINIC, Demo.LISE_BERG)
                .issuer(TrustedIssuersResource.issuer(HELSEID)).audience(AUDIENCE);
    }

    private static ValidatableResponse call(String token) {
        return given().auth().oauth2(token).get(INBOX).then();
    }

    private static void refused(ValidatableResponse response) {
        response.statusCode(401)
                .contentType("application/problem+json")
                .body("type", endsWith("/token-invalid"));
    }
}
