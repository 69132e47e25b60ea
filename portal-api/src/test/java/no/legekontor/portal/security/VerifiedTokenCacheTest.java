package no.legekontor.portal.security;

import static no.legekontor.devtools.Demo.KARI;
import static no.legekontor.portal.support.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.endsWith;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import io.restassured.response.Response;
import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import java.time.Duration;
import java.time.Instant;
import no.legekontor.devtools.DevTokens;
import org.junit.jupiter.api.Test;

/**
 * Issue 21: a token's identity is taken from the cache of verified tokens only while the token
 * itself would still be taken; the cache changes what a request costs, never what is accepted.
 */
@QuarkusTest
class VerifiedTokenCacheTest {

    private static final String PATIENT_ENDPOINT = TokenProblemsTest.PATIENT_ENDPOINT;

    @Inject
    MeterRegistry registry;

    @Test
    void theSecondRequestWithATokenTakesItsIdentityFromTheCache() {
        String token = DevTokens.patient(KARI);
        double hitsBefore = hits();
        double missesBefore = misses();
        as(token).get(PATIENT_ENDPOINT).then().statusCode(200);
        assertThat(hits()).isEqualTo(hitsBefore);
        assertThat(misses()).as("one lookup for the tenant and the identity").isEqualTo(missesBefore + 1);

        as(token).get(PATIENT_ENDPOINT).then().statusCode(200);
        assertThat(hits()).isEqualTo(hitsBefore + 1);
    }

    @Test
    void aTokenVerifiedBeforeIsLookedUpOnceForItsTenantAndItsIdentity() {
        String token = DevTokens.patient(KARI);
        as(token).get(PATIENT_ENDPOINT).then().statusCode(200);
        double hitsBefore = hits();
        double missesBefore = misses();

        as(token).get(PATIENT_ENDPOINT).then().statusCode(200);

        assertThat(hits()).isEqualTo(hitsBefore + 1);
        assertThat(misses()).isEqualTo(missesBefore);
    }

    @Test
    void aTokenAcceptedBeforeIsRefusedAsExpiredFromItsExpiryOn() {
        long expiresAt = Instant.now().getEpochSecond() + 3;
        String token = DevTokens.signedAsIs(DevTokens.patientClaims(KARI, DevTokens.ACR_HIGH)
                .issuedAt(Instant.now().getEpochSecond()).expiresAt(expiresAt), SignatureAlgorithm.RS256);
        as(token).get(PATIENT_ENDPOINT).then().statusCode(200);
        as(token).get(PATIENT_ENDPOINT).then().statusCode(200);

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> {
            Response response = as(token).get(PATIENT_ENDPOINT);
            if (response.statusCode() == 200) {
                return false;
            }
            assertThat(Instant.now().getEpochSecond()).as("refused no earlier than exp").isGreaterThanOrEqualTo(expiresAt);
            response.then().statusCode(401).body("type", endsWith("/token-expired"));
            return true;
        });
    }

    @Test
    void aTamperedCopyOfAnAcceptedTokenIsRefused() {
        String token = DevTokens.patient(KARI);
        as(token).get(PATIENT_ENDPOINT).then().statusCode(200);

        int inSignature = token.lastIndexOf('.') + 10;
        char changed = token.charAt(inSignature) == 'A' ? 'B' : 'A';
        String tampered = token.substring(0, inSignature) + changed + token.substring(inSignature + 1);

        as(tampered).get(PATIENT_ENDPOINT).then().statusCode(401).body("type", endsWith("/token-invalid"));
        as(token).get(PATIENT_ENDPOINT).then().statusCode(200);
    }

    @Test
    void anAcceptedPatientTokenIsStillTheWrongKindForTheClinicSystemApi() {
        String token = DevTokens.patient(KARI);
        as(token).get(PATIENT_ENDPOINT).then().statusCode(200);

        as(token).get(TokenProblemsTest.INTEGRATION_ENDPOINT).then().statusCode(403)
                .body("type", endsWith("/wrong-token-kind"));
    }

    private double hits() {
        return gets("hit");
    }

    private double misses() {
        return gets("miss");
    }

    private double gets(String result) {
        return registry.get("cache.gets").tag("cache", "verified_tokens").tag("result", result).functionCounter().count();
    }
}
