package no.legekontor.devtools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;

import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.jwa.AlgorithmConstraints;
import org.junit.jupiter.api.Test;

class DevTokensTest {

    private static final String KARI = "14838510036";
    private static final String LISE_BERG_HPR = "9100001";
    private static final String DEMO_LEGESENTER = "910000004";

    @Test
    void patientTokenCarriesPidAndLevelFourAndIsSignedWithTheDevKey() throws Exception {
        JwtClaims claims = verify(DevTokens.patient(KARI));

        assertThat(claims.getIssuer()).isEqualTo("https://idporten.dev.local");
        assertThat(claims.getAudience()).containsExactly("portal-api");
        assertThat(claims.getStringClaimValue("pid")).isEqualTo(KARI);
        assertThat(claims.getStringClaimValue("acr")).isEqualTo("idporten-loa-high");
        assertThat(claims.hasClaim("groups")).isFalse();
    }

    @Test
    void patientSubjectIsAStablePseudonymNotTheNationalId() throws Exception {
        String first = verify(DevTokens.patient(KARI)).getSubject();
        String second = verify(DevTokens.patient(KARI)).getSubject();
        String other = verify(DevTokens.patient("02917910181")).getSubject();

        assertThat(first).isEqualTo(second).isNotEqualTo(other).doesNotContain(KARI);
    }

    @Test
    void patientTokenWithoutAcrHasNoAcrClaim() throws Exception {
        assertThat(verify(DevTokens.patient(KARI, null)).hasClaim("acr")).isFalse();
        assertThat(verify(DevTokens.patient(KARI, "idporten-loa-substantial")).getStringClaimValue("acr"))
                .isEqualTo("idporten-loa-substantial");
    }

    @Test
    void staffTokenCarriesHprRoleClinicAndName() throws Exception {
        JwtClaims claims = verify(DevTokens.staff(LISE_BERG_HPR, "gp", DEMO_LEGESENTER, "Lise Berg"));

        assertThat(claims.getIssuer()).isEqualTo("https://helseid.dev.local");
        assertThat(claims.getAudience()).containsExactly("inbox-service");
        assertThat(claims.getSubject()).isEqualTo("hpr-9100001");
        assertThat(claims.getStringClaimValue("helseid://claims/hpr/hpr_number")).isEqualTo(LISE_BERG_HPR);
        assertThat(claims.getStringListClaimValue("groups")).containsExactly("gp");
        assertThat(claims.getStringClaimValue("clinic_id")).isEqualTo(DEMO_LEGESENTER);
        assertThat(claims.getStringClaimValue("name")).isEqualTo("Lise Berg");
    }

    @Test
    void staffTokenWithoutANameHasNoNameClaim() throws Exception {
        assertThat(verify(DevTokens.staff("9100002", "office", DEMO_LEGESENTER, null)).hasClaim("name")).isFalse();
    }

    @Test
    void integrationTokenCarriesTheIntegrationScopeForOneClinic() throws Exception {
        JwtClaims claims = verify(DevTokens.integration(DEMO_LEGESENTER));

        assertThat(claims.getIssuer()).isEqualTo("https://helseid.dev.local");
        assertThat(claims.getSubject()).isEqualTo("epj-910000004");
        assertThat(claims.getStringClaimValue("scope")).isEqualTo("portal:integration");
        assertThat(claims.getStringClaimValue("clinic_id")).isEqualTo(DEMO_LEGESENTER);
        assertThat(claims.getAudience()).containsExactly("portal-api");
        assertThat(claims.hasClaim("groups")).as("client credentials carry no roles").isFalse();
    }

    @Test
    void tokensExpireAfterOneHourAndUseRs256() throws Exception {
        String token = DevTokens.integration(DEMO_LEGESENTER);
        JwtClaims claims = verify(token);

        long lifetime = claims.getExpirationTime().getValue() - claims.getIssuedAt().getValue();
        assertThat(lifetime).isEqualTo(3600);
        assertThat(claims.getExpirationTime().getValue()).isGreaterThan(Instant.now().getEpochSecond() + 3500);
        JsonWebSignature jws = new JsonWebSignature();
        jws.setCompactSerialization(token);
        assertThat(jws.getAlgorithmHeaderValue()).isEqualTo("RS256");
    }

    @Test
    void aTokenWithAlteredClaimsFailsVerification() {
        String[] parts = DevTokens.patient(KARI).split("\\.");
        String forgedPayload = Base64.getUrlEncoder().withoutPadding().encodeToString(
                ("{\"iss\":\"https://idporten.dev.local\",\"pid\":\"02917910181\",\"acr\":\"idporten-loa-high\","
                        + "\"exp\":" + (Instant.now().getEpochSecond() + 600) + "}").getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> verify(parts[0] + "." + forgedPayload + "." + parts[2]))
                .isInstanceOf(InvalidJwtException.class);
    }

    @Test
    void commandLinePrintsOnlyTheToken() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int status = DevTokens.run(new String[] {"staff", "--hpr", "9100002", "--role", "office", "--clinic", DEMO_LEGESENTER},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(status).isZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(printed).matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\R");
        assertThat(verify(printed.trim()).getStringListClaimValue("groups")).containsExactly("office");
    }

    @Test
    void commandLinePatientTakesAnAcr() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int status = DevTokens.run(new String[] {"patient", KARI, "--acr", "Level3"},
                new PrintStream(out, true, StandardCharsets.UTF_8), System.err);

        assertThat(status).isZero();
        assertThat(verify(out.toString(StandardCharsets.UTF_8).trim()).getStringClaimValue("acr")).isEqualTo("Level3");
    }

    @Test
    void commandLineUsageErrorsGoToStderrWithStatusTwo() {
        for (String[] args : new String[][] {
                {}, {"doctor"}, {"patient"}, {"staff", "--hpr", "1", "--role", "nurse", "--clinic", "910000004"},
                {"staff", "--hpr", "1", "--clinic", "910000004"}, {"integration"}, {"integration", "--clinic"},
                {"integration", "--clinic", "910000004", "--hpr", "1"}}) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();

            int status = DevTokens.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8));

            assertThat(status).as(String.join(" ", args)).isEqualTo(2);
            assertThat(out.size()).as(String.join(" ", args)).isZero();
            assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage:");
        }
    }

    @Test
    void expiredTokensAreSignedWithTheDevKeyButExpiredAnHourAgo() {
        for (String token : new String[] {DevTokens.expiredPatient(KARI),
                DevTokens.expiredStaff(LISE_BERG_HPR, "gp", DEMO_LEGESENTER, "Lise Berg")}) {
            assertThatThrownBy(() -> verify(token))
                    .isInstanceOfSatisfying(InvalidJwtException.class, e -> assertThat(e.hasExpired()).isTrue())
                    .satisfies(e -> assertThat(((InvalidJwtException) e).getErrorDetails()).hasSize(1));
        }
    }

    @Test
    void expiredOptionMintsAnExpiredToken() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = DevTokens.run(new String[] {"patient", KARI, "--expired", "yes"},
                new PrintStream(out, true, StandardCharsets.UTF_8), System.err);

        assertThat(status).isZero();
        assertThatThrownBy(() -> verify(out.toString(StandardCharsets.UTF_8).strip()))
                .isInstanceOfSatisfying(InvalidJwtException.class, e -> assertThat(e.hasExpired()).isTrue());
    }

    private static JwtClaims verify(String token) throws Exception {
        return new JwtConsumerBuilder()
                .setVerificationKey(publicKey())
                .setJwsAlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT, AlgorithmIdentifiers.RSA_USING_SHA256)
                .setRequireExpirationTime()
                .setRequireIssuedAt()
                .setSkipDefaultAudienceValidation()
                .build()
                .processToClaims(token);
    }

    private static PublicKey publicKey() throws Exception {
        try (InputStream in = DevTokensTest.class.getClassLoader().getResourceAsStream("devkeys/public-key.pem")) {
            if (in == null) {
                throw new IOException("devkeys/public-key.pem is not on the classpath");
            }
            String pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII)
                    .replace("-----BEGIN PUBLIC KEY-----", "")
                    .replace("-----END PUBLIC KEY-----", "")
                    .replaceAll("\\s", "");
            return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(pem)));
        }
    }
}
