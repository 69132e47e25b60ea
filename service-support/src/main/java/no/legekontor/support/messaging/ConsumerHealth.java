package no.legekontor.support.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Whether each consumed topic's consumer can do its work: it is stalled while its handler keeps
 * failing for a transient reason (the database is away, read-only, full, locked: see
 * {@link FailureKinds}), from the first such failure until a batch goes through.
 * {@link ConsumersReadiness} reports a consumer stalled for longer than {@code stalled-after} as
 * DOWN: that replica cannot move requests along, and its readiness should say so.
 */
@ApplicationScoped
public class ConsumerHealth {

    @ConfigProperty(name = "messaging.consumers.stalled-after", defaultValue = "10s")
    Duration stalledAfter;

    /** How long a consumer has been unable to work, and the latest reason (a kind and SQLSTATE, no values). */
    public record Stall(Duration duration, String reason) {
    }

    private record Failing(long sinceNanos, String reason) {
    }

    private final Map<String, Failing> failing = new ConcurrentHashMap<>();

    void failing(String topic, String reason) {
        failing.compute(topic, (t, before) -> new Failing(before == null ? System.nanoTime() : before.sinceNanos(),
                reason));
    }

    void working(String topic) {
        failing.remove(topic);
    }

    /** The topic's consumer's stall, if it has been unable to work for longer than {@code stalled-after}. */
    public Optional<Stall> stalled(String topic) {
        Failing since = failing.get(topic);
        if (since == null) {
            return Optional.empty();
        }
        Duration duration = Duration.ofNanos(System.nanoTime() - since.sinceNanos());
        return duration.compareTo(stalledAfter) >= 0 ? Optional.of(new Stall(duration, since.reason()))
                : Optional.empty();
    }
}
