package no.legekontor.support.messaging;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * How {@link EventConsumption} waits out a fault: which faults pass by themselves, the growing
 * pause between tries, and the actions retried until they succeed. While the consumer waits it is
 * stalled ({@link ConsumerHealth}); at shutdown it stops waiting and leaves its records uncommitted
 * for the next consumer of the partitions.
 */
@ApplicationScoped
class Retries {

    private static final Logger LOG = Logger.getLogger(Retries.class);
    /** The pause before the second try; it doubles with each try, up to {@link #MAX_PAUSE}. */
    static final Duration FIRST_PAUSE = Duration.ofMillis(100);
    private static final Duration MAX_PAUSE = Duration.ofSeconds(10);

    @Inject
    DataSource database;

    @Inject
    ConsumerHealth health;

    private volatile boolean shuttingDown;

    void onShutdown(@Observes ShutdownEvent event) {
        shuttingDown = true;
    }

    /**
     * Retries an action that must not be skipped (reading the batch's lines, parking,
     * dead-lettering, holding, sending back) until it succeeds.
     */
    void untilDone(String topic, Runnable action) {
        untilDone(topic, () -> {
            action.run();
            return null;
        });
    }

    <T> T untilDone(String topic, Supplier<T> action) {
        Duration pause = FIRST_PAUSE;
        while (true) {
            try {
                T result = action.get();
                health.working(topic);
                return result;
            } catch (Throwable e) {
                giveUpIfShuttingDown(e);
                health.failing(topic, transientReason(e)
                        .orElseGet(() -> "cannot set an event aside: " + FailureKinds.describe(e)));
                LOG.warnf("Retrying after %s", FailureKinds.describe(e));
                pause = sleep(pause);
            }
        }
    }

    /** Not committed: the next consumer of the partitions gets the records again. */
    void giveUpIfShuttingDown(Throwable e) {
        if (!shuttingDown) {
            return;
        }
        if (e instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (e instanceof Error error) {
            throw error;
        }
        throw new IllegalStateException("Shutting down: " + FailureKinds.describe(e), e);
    }

    /**
     * Why the consumer waits instead of judging the events, if it should: a fault that passes by
     * itself ({@link FailureKinds}), or a database that does not answer at all (a pool that cannot
     * connect reports no SQLSTATE).
     */
    Optional<String> transientReason(Throwable e) {
        Optional<String> cause = FailureKinds.transientCause(e);
        if (cause.isPresent()) {
            return Optional.of("a transient fault (" + cause.get() + ")");
        }
        return databaseUp() ? Optional.empty() : Optional.of("the database is away");
    }

    /** Whether a connection can be had and answers. */
    private boolean databaseUp() {
        try (Connection connection = database.getConnection()) {
            return connection.isValid(2);
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }

    /** Waits {@code pause}; the pause to wait next time. */
    Duration sleep(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while retrying events", e);
        }
        Duration next = pause.multipliedBy(2);
        return next.compareTo(MAX_PAUSE) > 0 ? MAX_PAUSE : next;
    }
}
