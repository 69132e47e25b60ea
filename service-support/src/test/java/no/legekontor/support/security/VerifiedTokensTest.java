package no.legekontor.support.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

/** Issue 21: a verified token's identity is kept exactly while the token may still be taken. */
class VerifiedTokensTest {

    private static final long NOW = 1_796_000_000L; // epoch seconds
    private final AtomicLong clock = new AtomicLong(NOW * 1000);
    private final Config config = new SmallRyeConfigBuilder()
            .withDefaultValues(Map.of("quarkus.oidc.helseid.token.age", "PT1H")).build();
    private final VerifiedTokens tokens = new VerifiedTokens(100, config, clock::get);

    @Test
    void aVerifiedTokenIsFoundUntilItsExpiryAndNotFromItsExpiryOn() {
        SecurityIdentity identity = identity("idporten", NOW - 10, NOW + 120);
        tokens.remember("token-a", identity);

        clock.set((NOW + 119) * 1000 + 999);
        assertThat(tokens.find("token-a")).isSameAs(identity);
        clock.set((NOW + 120) * 1000);
        assertThat(tokens.find("token-a")).isNull();
    }

    @Test
    void aTokenIsNotFoundOnceOlderThanItsTenantsMaximumAgeHoweverLateItExpires() {
        SecurityIdentity identity = identity("helseid", NOW - 3500, NOW + 7200);
        tokens.remember("token-b", identity);

        assertThat(tokens.find("token-b")).isSameAs(identity);
        clock.set((NOW + 100) * 1000); // issued 3,600 s ago: the tenant's token.age
        assertThat(tokens.find("token-b")).isNull();
    }

    @Test
    void aTokenThatDiffersInAnyCharacterIsAnotherToken() {
        tokens.remember("header.claims.signature", identity("idporten", NOW, NOW + 60));

        assertThat(tokens.find("header.claims.signaturE")).isNull();
        assertThat(tokens.find("header.claims.signature")).isNotNull();
    }

    @Test
    void anAlreadyExpiredOrTooOldTokenIsNotKept() {
        tokens.remember("expired", identity("idporten", NOW - 100, NOW));
        tokens.remember("too-old", identity("helseid", NOW - 3600, NOW + 60));

        assertThat(tokens.find("expired")).isNull();
        assertThat(tokens.find("too-old")).isNull();
    }

    @Test
    void aCacheOfSizeZeroKeepsNothing() {
        VerifiedTokens off = new VerifiedTokens(0, config, clock::get);
        off.remember("token-c", identity("idporten", NOW, NOW + 60));

        assertThat(off.find("token-c")).isNull();
    }

    private static SecurityIdentity identity(String tenant, long issuedAt, long expiresAt) {
        return QuarkusSecurityIdentity.builder().setPrincipal(new Jwt(issuedAt, expiresAt))
                .addAttribute(VerifiedTokens.TENANT_ID, tenant).build();
    }

    private record Jwt(long issuedAt, long expiresAt) implements JsonWebToken {
        @Override
        public String getName() {
            return "subject";
        }

        @Override
        public Set<String> getClaimNames() {
            return Set.of("iat", "exp");
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T getClaim(String claimName) {
            return (T) (Object) switch (claimName) {
                case "iat" -> issuedAt;
                case "exp" -> expiresAt;
                default -> null;
            };
        }
    }
}
