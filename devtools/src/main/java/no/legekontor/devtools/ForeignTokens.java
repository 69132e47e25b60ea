package no.legekontor.devtools;

import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.build.Jwt;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.time.Duration;
import java.util.Set;

/**
 * Tokens that look right but are signed with a key no service trusts (a fresh RSA key per JVM):
 * for tests that a forged token is refused as invalid, not mistaken for a wrong kind.
 */
public final class ForeignTokens {

    private static final PrivateKey FOREIGN_KEY = generate();

    private ForeignTokens() {
    }

    /** A patient token with every claim of {@link DevTokens#patient(String)}, signed by a foreign key. */
    public static String patient(String nationalId) {
        return Jwt.claims()
                .issuer(DevTokens.PATIENT_ISSUER)
                .audience(DevTokens.PORTAL_API_AUDIENCE)
                .subject(DevTokens.pseudonym(nationalId))
                .claim("pid", nationalId)
                .claim("acr", DevTokens.ACR_HIGH)
                .expiresIn(Duration.ofHours(1))
                .jws().algorithm(SignatureAlgorithm.RS256).sign(FOREIGN_KEY);
    }

    /** A staff token with every claim of {@link DevTokens#staff}, signed by a foreign key. */
    public static String staff(String hpr, String role, String clinicOrgNumber) {
        return Jwt.claims()
                .issuer(DevTokens.HELSEID_ISSUER)
                .audience(DevTokens.INBOX_AUDIENCE)
                .subject("hpr-" + hpr)
                .claim(DevTokens.HPR_CLAIM, hpr)
                .groups(Set.of(role))
                .claim("clinic_id", clinicOrgNumber)
                .expiresIn(Duration.ofHours(1))
                .jws().algorithm(SignatureAlgorithm.RS256).sign(FOREIGN_KEY);
    }

    private static PrivateKey generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair().getPrivate();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
