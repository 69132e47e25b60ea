package no.legekontor.devtools;

import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;

/**
 * An issuer's RSA key pair: signs tokens (RS256, with the key id in the header) and publishes its
 * public half as a JWKS document, as ID-porten and HelseID do at their {@code jwks_uri}.
 *
 * <p>Why: a service in production verifies each issuer's tokens against that issuer's JWKS; tests
 * that run a service that way need issuers of their own with different keys.
 */
public final class SigningKey {

    private final String keyId;
    private final RSAPrivateKey privateKey;
    private final RSAPublicKey publicKey;

    private SigningKey(String keyId, RSAPrivateKey privateKey, RSAPublicKey publicKey) {
        this.keyId = keyId;
        this.privateKey = privateKey;
        this.publicKey = publicKey;
    }

    /** A fresh 2048-bit key pair. */
    public static SigningKey generate(String keyId) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            return new SigningKey(keyId, (RSAPrivateKey) pair.getPrivate(), (RSAPublicKey) pair.getPublic());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The key that {@link #encoded()} gave, e.g. in another class loader of the same JVM. */
    static SigningKey decode(String encoded) {
        String[] parts = encoded.split("\\|");
        try {
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            return new SigningKey(parts[0],
                    (RSAPrivateKey) rsa.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(parts[1]))),
                    (RSAPublicKey) rsa.generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(parts[2]))));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Not an encoded signing key", e);
        }
    }

    /** Key id, private and public key as one string. */
    String encoded() {
        Base64.Encoder base64 = Base64.getEncoder();
        return keyId + "|" + base64.encodeToString(privateKey.getEncoded()) + "|"
                + base64.encodeToString(publicKey.getEncoded());
    }

    public String keyId() {
        return keyId;
    }

    /** The claims as a JWT signed with this key (RS256), its key id in the header. */
    public String sign(JwtClaimsBuilder claims) {
        return claims.jws().keyId(keyId).algorithm(SignatureAlgorithm.RS256).sign(privateKey);
    }

    /** The JWKS document (RFC 7517) holding the public key. */
    public String jwks() {
        return "{\"keys\":[{\"kty\":\"RSA\",\"use\":\"sig\",\"alg\":\"RS256\",\"kid\":\"" + keyId + "\",\"n\":\""
                + base64Url(publicKey.getModulus()) + "\",\"e\":\"" + base64Url(publicKey.getPublicExponent())
                + "\"}]}";
    }

    /** An unsigned big-endian integer without leading zero bytes, base64url without padding (RFC 7518 §6.3.1). */
    private static String base64Url(BigInteger value) {
        byte[] bytes = value.toByteArray();
        if (bytes.length > 1 && bytes[0] == 0) {
            bytes = Arrays.copyOfRange(bytes, 1, bytes.length);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
