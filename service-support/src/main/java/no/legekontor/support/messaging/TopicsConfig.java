package no.legekontor.support.messaging;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** The Kafka topics a service creates at start, and the consumers its readiness waits for. */
@ConfigMapping(prefix = "messaging.topics")
public interface TopicsConfig {

    /** Topics this service publishes to (created at start if missing). */
    Optional<List<String>> produced();

    /**
     * Topics this service consumes (created at start if missing); readiness is UP once the
     * consumer of each has joined its group and had its partitions assigned.
     */
    Optional<List<String>> consumed();

    /**
     * Partitions of a topic this service creates. Three: order matters per key (conversation) only,
     * so three let up to three replicas of a consumer share a topic; adding partitions later moves
     * keys between partitions, so the number is chosen up front. An existing topic is left as it is.
     */
    @WithDefault("3")
    int partitions();

    /** Replicas of each partition of a topic this service creates: 1 on a one-broker dev cluster, 3 in prod. */
    @WithDefault("1")
    short replicationFactor();

    /**
     * How long the start waits for the broker to create the topics before the consumers subscribe.
     * When the broker is away the service starts anyway (the outbox takes requests) and keeps trying.
     */
    @WithDefault("5s")
    Duration startupWait();

    /** Pause between attempts to create the topics while the broker is away. */
    @WithDefault("2s")
    Duration retryInterval();

    /** Every topic to create: the produced and the consumed ones, and each consumed one's dead letters. */
    default List<String> all() {
        List<String> consumed = consumed().orElse(List.of());
        return Stream.of(produced().orElse(List.of()), consumed, consumed.stream().map(DeadLetters::topicOf).toList())
                .flatMap(List::stream)
                .distinct()
                .toList();
    }
}
