package no.legekontor.support.idempotency;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How long an {@code Idempotency-Key} and its answer are kept. */
@ConfigMapping(prefix = "idempotency")
public interface IdempotencyConfig {

    /**
     * How long a retry with the same key gets the first answer; after it, the key is forgotten and
     * the same key starts a new request. The contract promises 24 hours.
     */
    @WithDefault("24h")
    Duration retention();

    /** Rows of expired keys deleted per statement by {@link IdempotencyPurge}. */
    @WithDefault("1000")
    int purgeBatch();
}
