package no.legekontor.support.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Whether each consumed topic's consumer can do its work: it is stalled while its handler keeps
 * failing because the database is away, from the first failure until a batch goes through.
 * {@link ConsumersReadiness} reports a consumer stalled for longer than {@code stalled-after} as
 * DOWN: that replica cannot move requests along, and its readiness should say so.
 */
@ApplicationScoped
public class ConsumerHealth {

    @ConfigProperty(name = "messaging.consumers.stalled-after", defaultValue = "10s")
    Duration stalledAfter;

    private final Map<String, Long> failingSince = new ConcurrentHashMap<>();

    void failing(String topic) {
        failingSince.putIfAbsent(topic, System.nanoTime());
    }

    void working(String topic) {
        failingSince.remove(topic);
    }

    /** How long the topic's consumer has been unable to work, if longer than {@code stalled-after}. */
    public Optional<Duration> stalled(String topic) {
        Long since = failingSince.get(topic);
        if (since == null) {
            return Optional.empty();
        }
        Duration failing = Duration.ofNanos(System.nanoTime() - since);
        return failing.compareTo(stalledAfter) >= 0 ? Optional.of(failing) : Optional.empty();
    }
}
