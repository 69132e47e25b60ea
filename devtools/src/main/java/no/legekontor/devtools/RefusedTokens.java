package no.legekontor.devtools;

import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/**
 * Tokens a service must refuse (401), each made from the claims of a good one so that only one
 * thing is wrong: expired, not yet valid, from an issuer nobody trusts, for another service, with a
 * broken signature, or unsigned ({@code alg: none}). Signed with the dev key unless said otherwise.
 */
public final class RefusedTokens {

    /** An issuer no service trusts. */
    public static final String UNKNOWN_ISSUER = "https://login.example";
    /** An audience no service has. */
    public static final String OTHER_AUDIENCE = "https://another-service.example";

    private RefusedTokens() {
    }

    /** Expired an hour ago. */
    public static String expired(JwtClaimsBuilder claims) {
        return DevTokens.signExpired(claims);
    }

    /** Valid only from half an hour from now ({@code nbf}). */
    public static String notYetValid(JwtClaimsBuilder claims) {
        return DevTokens.sign(claims.claim("nbf", Instant.now().plusSeconds(1800).getEpochSecond()));
    }

    /** Issued by {@link #UNKNOWN_ISSUER}, signed with the dev key. */
    public static String fromUnknownIssuer(JwtClaimsBuilder claims) {
        return DevTokens.sign(claims.issuer(UNKNOWN_ISSUER));
    }

    /** Issued for {@link #OTHER_AUDIENCE}. */
    public static String forAnotherService(JwtClaimsBuilder claims) {
        return DevTokens.sign(claims.audience(OTHER_AUDIENCE));
    }

    /** Signed with the dev key, then its signature changed in one bit. */
    public static String withBrokenSignature(JwtClaimsBuilder claims) {
        String[] parts = DevTokens.sign(claims).split("\\.");
        byte[] signature = Base64.getUrlDecoder().decode(parts[2]);
        signature[signature.length / 2] ^= 1;
        return parts[0] + "." + parts[1] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(signature);
    }

    /** Signed with the dev key by RS384: the services take RS256 and PS256 only (issue 19). */
    public static String withAnotherAlgorithm(JwtClaimsBuilder claims) {
        return DevTokens.signedAsIs(claims.expiresIn(3600), io.smallrye.jwt.algorithm.SignatureAlgorithm.RS384);
    }

    /** Not expired, but issued (iat) three hours ago: longer than the services take (issue 19). */
    public static String issuedTooLongAgo(JwtClaimsBuilder claims) {
        java.time.Instant now = java.time.Instant.now();
        return DevTokens.signedAsIs(claims.issuedAt(now.minusSeconds(3 * 3600)).expiresAt(now.plusSeconds(3600)),
                io.smallrye.jwt.algorithm.SignatureAlgorithm.RS256);
    }

    /** The claims with the header {@code {"alg":"none"}} and no signature (RFC 7519 §6, an unsecured JWT). */
    public static String unsigned(JwtClaimsBuilder claims) {
        String payload = DevTokens.sign(claims).split("\\.")[1];
        String header = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        return header + "." + payload + ".";
    }
}
