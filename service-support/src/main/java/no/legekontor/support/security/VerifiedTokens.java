package no.legekontor.support.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The identities of tokens quarkus-oidc has verified, kept until the token may no longer be taken:
 * its expiry ({@code exp}) or the oldest issue time the verifying tenant takes ({@code iat} plus
 * {@code quarkus.oidc.<tenant>.token.age}), whichever comes first (issue 21).
 *
 * <p>A verification costs far more than the RSA check in it: quarkus-oidc reads the token's
 * claims four times (per tenant to find the issuer, jose4j, again as JSON, again for the
 * principal), builds a jose4j consumer and looks up the JCA signature for every request. An app
 * sends the same token for its whole life (ID-porten's live minutes, HelseID's an hour), so the
 * second request with a token finds its identity here by the SHA-256 of the token's text; a token
 * that differs in any byte (another signature, claim or header) is another key and verified anew.
 * Nothing that was refused is ever cached: only identities quarkus-oidc built are
 * ({@link VerifiedTokenRecorder}). Bounded by {@code tokens.cache.max-size} (0: off).
 */
@ApplicationScoped
public class VerifiedTokens {

    /** The identity attribute quarkus-oidc names the verifying tenant with. */
    static final String TENANT_ID = "tenant-id";

    private final Cache<String, Entry> cache;
    private final LongSupplier epochMillis;
    private final Config config;
    private final Map<String, Optional<Duration>> maxAgeByTenant = new ConcurrentHashMap<>();

    record Entry(SecurityIdentity identity, long takenUntilEpochSecond) {
    }

    @Inject
    public VerifiedTokens(@ConfigProperty(name = "tokens.cache.max-size", defaultValue = "4096") int maxSize,
            Config config, MeterRegistry registry) {
        this(maxSize, config, System::currentTimeMillis);
        if (cache != null) {
            // cache_gets_total{cache="verified_tokens",result="hit"|"miss"}, cache_size, cache_evictions_total
            CaffeineCacheMetrics.monitor(registry, cache, "verified_tokens");
        }
    }

    /** {@code epochMillis}: the wall clock, as jose4j reads it to check {@code exp} and {@code iat}. */
    VerifiedTokens(int maxSize, Config config, LongSupplier epochMillis) {
        this.config = config;
        this.epochMillis = epochMillis;
        this.cache = maxSize <= 0 ? null : Caffeine.newBuilder().maximumSize(maxSize)
                .expireAfter(new UntilNoLongerTaken()).recordStats().build();
    }

    /** The identity verified for this token, while it may still be taken; else null. */
    public SecurityIdentity find(String token) {
        if (cache == null) {
            return null;
        }
        Entry entry = cache.getIfPresent(sha256(token));
        // the wall clock decides, as it did for jose4j; Caffeine's expiry only frees the memory
        return entry == null || epochSecondNow() >= entry.takenUntilEpochSecond() ? null : entry.identity();
    }

    /** Keeps an identity quarkus-oidc built from {@code token}, until the token may no longer be taken. */
    public void remember(String token, SecurityIdentity identity) {
        if (cache == null || !(identity.getPrincipal() instanceof JsonWebToken jwt)) {
            return;
        }
        long until = jwt.getExpirationTime();
        Optional<Duration> maxAge = maxAge(identity.getAttribute(TENANT_ID));
        if (maxAge.isPresent()) {
            until = Math.min(until, jwt.getIssuedAtTime() + maxAge.get().toSeconds());
        }
        if (until > epochSecondNow()) {
            cache.put(sha256(token), new Entry(identity, until));
        }
    }

    private Optional<Duration> maxAge(String tenant) {
        if (tenant == null) {
            return Optional.empty();
        }
        return maxAgeByTenant.computeIfAbsent(tenant,
                t -> config.getOptionalValue("quarkus.oidc." + t + ".token.age", Duration.class));
    }

    private long epochSecondNow() {
        return TimeUnit.MILLISECONDS.toSeconds(epochMillis.getAsLong());
    }

    static String sha256(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
            return new String(digest, StandardCharsets.ISO_8859_1);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every JDK has SHA-256", impossible);
        }
    }

    private final class UntilNoLongerTaken implements Expiry<String, Entry> {
        @Override
        public long expireAfterCreate(String key, Entry entry, long currentTime) {
            return TimeUnit.SECONDS.toNanos(Math.max(0, entry.takenUntilEpochSecond() - epochSecondNow()));
        }

        @Override
        public long expireAfterUpdate(String key, Entry entry, long currentTime, long currentDuration) {
            return expireAfterCreate(key, entry, currentTime);
        }

        @Override
        public long expireAfterRead(String key, Entry entry, long currentTime, long currentDuration) {
            return currentDuration;
        }
    }
}
