package no.legekontor.devtools;

import java.nio.file.Paths;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Gives a Quarkus test application a real Kafka broker: {@code kafka.bootstrap.servers} points at it.
 *
 * <p>Why one broker per JVM: a broker takes seconds to start, and every test class of a module talks
 * to the same application anyway. The broker starts on first use and stops when the test JVM exits
 * (shutdown hook), not when Quarkus stops its resources, so a restart of the test application keeps
 * the broker and its topics. Quarkus loads this class once per test profile (one class loader
 * each), so the broker's data directory and ports are kept in JVM-wide system properties and every
 * copy of this class controls the same broker process.
 *
 * <p>Tests that simulate an outage stop and start it through {@link #broker()}; {@link #start()}
 * restarts it if a test left it stopped.
 *
 * <p>Declare it on the module's integration test classes:
 * {@code @QuarkusTestResource(KafkaBrokerResource.class)}.
 */
public class KafkaBrokerResource implements QuarkusTestResourceLifecycleManager {

    private static final String DATA_DIR = "no.legekontor.devtools.kafka.data-dir";
    private static final String PORT = "no.legekontor.devtools.kafka.port";
    private static final String CONTROLLER_PORT = "no.legekontor.devtools.kafka.controller-port";

    private static KafkaBroker broker;

    /** The JVM-wide broker, started if it has never been started. */
    public static synchronized KafkaBroker broker() {
        if (broker == null) {
            broker = sharedOrNew();
        }
        return broker;
    }

    private static KafkaBroker sharedOrNew() {
        String dataDir = System.getProperty(DATA_DIR);
        if (dataDir != null) {
            // started by this class in another class loader: control the same process
            KafkaBroker shared = new KafkaBroker(Paths.get(dataDir), Integer.getInteger(PORT),
                    Integer.getInteger(CONTROLLER_PORT), KafkaBroker.defaultLibDir());
            shared.start();
            return shared;
        }
        KafkaBroker created = new KafkaBroker();
        created.start();
        System.setProperty(PORT, Integer.toString(created.port()));
        System.setProperty(CONTROLLER_PORT, Integer.toString(created.controllerPort()));
        System.setProperty(DATA_DIR, created.dataDir().toString());
        return created;
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
