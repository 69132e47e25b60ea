package no.legekontor.support.idempotency;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * Deletes keys older than {@code idempotency.retention}, a batch per transaction, every
 * {@code idempotency.purge-every}. Every replica purges; the deletes do not conflict with requests
 * (a request never reads an expired key, and deletes one it meets itself).
 */
@ApplicationScoped
public class IdempotencyPurge {

    private static final Logger LOG = Logger.getLogger(IdempotencyPurge.class);

    @Inject
    IdempotencyKeys keys;

    @Inject
    IdempotencyConfig config;

    @Scheduled(identity = "idempotency-purge", every = "${idempotency.purge-every:1h}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purge() {
        int deleted = 0;
        int batch;
        do {
            batch = keys.purge();
            deleted += batch;
        } while (batch >= config.purgeBatch());
        if (deleted > 0) {
            LOG.debugf("Idempotency keys: %d expired keys deleted", deleted);
        }
    }
}
