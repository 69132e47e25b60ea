package no.legekontor.devtools;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Gives a Quarkus test application a real Kafka broker: {@code kafka.bootstrap.servers} points at it.
 *
 * <p>Why one broker per JVM: a broker takes a few seconds to start, and every test class of a module
 * talks to the same application anyway. The broker starts lazily on first use and stops when the
 * test JVM exits (shutdown hook), not when Quarkus stops its resources, so a restart of the test
 * application (another test profile) keeps the broker and its topics.
 *
 * <p>Tests that simulate an outage stop and start it through {@link #broker()}; {@link #start()}
 * restarts it if a test left it stopped.
 *
 * <p>Declare it once per module, for example on every integration test class:
 * {@code @QuarkusTestResource(KafkaBrokerResource.class)}.
 */
public class KafkaBrokerResource implements QuarkusTestResourceLifecycleManager {

    private static KafkaBroker broker;

    /** The JVM-wide broker, started if it has never been started. */
    public static synchronized KafkaBroker broker() {
        if (broker == null) {
            KafkaBroker created = new KafkaBroker();
            created.start();
            broker = created;
        }
        return broker;
    }

    @Override
    public Map<String, String> start() {
        KafkaBroker shared = broker();
        shared.start();
        return Map.of("kafka.bootstrap.servers", shared.bootstrapServers());
    }

    @Override
    public void stop() {
        // the broker outlives a Quarkus restart; its shutdown hook ends it with the JVM
    }
}
