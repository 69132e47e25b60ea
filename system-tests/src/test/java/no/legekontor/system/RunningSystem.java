package no.legekontor.system;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import no.legekontor.devtools.KafkaBroker;
import no.legekontor.devtools.Ports;
import no.legekontor.devtools.Postgres;
import no.legekontor.devtools.ServiceProcess;

/**
 * Both services as processes in the dev profile (demo data included), each with its own fresh
 * database, on one real Kafka broker: what ./portal up runs. {@link #get()} starts one per test JVM,
 * stopped when it exits; {@link #fresh()} starts another, for tests of the first run.
 */
final class RunningSystem {

    private static RunningSystem instance;

    final KafkaBroker broker;
    final Postgres postgres;
    final String portalDatabase;
    final String inboxDatabase;
    final ServiceProcess portal;
    final ServiceProcess inbox;

    private RunningSystem(Path logs) {
        broker = new KafkaBroker();
        broker.start();
        postgres = Postgres.fromEnvironment();
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        portalDatabase = "portal_system_" + suffix;
        inboxDatabase = "inbox_system_" + suffix;
        postgres.create(portalDatabase);
        postgres.create(inboxDatabase);
        portal = ServiceProcess.start("portal-api", "dev", Ports.free(), config(portalDatabase), logs);
        inbox = ServiceProcess.start("inbox-service", "dev", Ports.free(), config(inboxDatabase), logs);
        portal.awaitReady(Duration.ofSeconds(90));
        inbox.awaitReady(Duration.ofSeconds(90));
        Runtime.getRuntime().addShutdownHook(new Thread(this::stop));
    }

    static synchronized RunningSystem get() {
        if (instance == null) {
            instance = new RunningSystem(Path.of("target", "system-logs"));
        }
        return instance;
    }

    /** A system of its own (broker, databases, services), started now and ready; the caller stops it. */
    static RunningSystem fresh() {
        return new RunningSystem(Path.of("target", "system-logs", "fresh"));
    }

    private Map<String, String> config(String database) {
        return Map.of(
                "quarkus.datasource.jdbc.url", postgres.jdbcUrl(database),
                "quarkus.datasource.username", postgres.user(),
                "kafka.bootstrap.servers", broker.bootstrapServers());
    }

    void stop() {
        portal.close();
        inbox.close();
        postgres.dropIfExists(portalDatabase);
        postgres.dropIfExists(inboxDatabase);
        broker.close();
    }
}
