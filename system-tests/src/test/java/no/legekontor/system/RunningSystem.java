package no.legekontor.system;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import no.legekontor.devtools.KafkaBroker;
import no.legekontor.devtools.Postgres;
import no.legekontor.devtools.TcpProxy;
import no.legekontor.devtools.launch.LaunchSettings;
import no.legekontor.devtools.launch.Service;
import no.legekontor.devtools.launch.ServiceInstance;
import no.legekontor.devtools.launch.SystemLauncher;

/**
 * Both services as processes in the dev profile (demo data included), each with its own fresh
 * database, on one real Kafka broker: what ./portal up runs, started by the same launcher.
 * {@link #get()} starts one per test JVM, stopped when it exits, with PostgreSQL behind a
 * {@link TcpProxy} that fault tests cut; {@link #fresh()} starts another, for tests of the first run.
 */
final class RunningSystem {

    static final Duration READY_TIMEOUT = Duration.ofSeconds(120);

    private static RunningSystem instance;

    final SystemLauncher launcher;
    final KafkaBroker broker;
    final Postgres postgres;
    final String portalDatabase;
    final String inboxDatabase;
    final ServiceInstance portal;
    final ServiceInstance inbox;
    /** Between both services and PostgreSQL, or null when they connect directly. */
    final TcpProxy databaseLink;

    private RunningSystem(Path state, boolean proxied) {
        this(state, proxied, Map.of());
    }

    /** {@code config}: Quarkus keys for both services, on top of the usual ones. */
    private RunningSystem(Path state, boolean proxied, Map<String, String> config) {
        postgres = Postgres.fromEnvironment();
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        portalDatabase = "portal_system_" + suffix;
        inboxDatabase = "inbox_system_" + suffix;
        // The streams send hundreds of requests as a few demo people a day: R16's daily limits (not
        // the booking limit, which the README walk-through meets) are raised for them.
        LaunchSettings settings = new LaunchSettings(state).postgres(postgres)
                .jvmOptions(LaunchSettings.TEST_SERVICE_JVM)
                .database(Service.PORTAL_API, portalDatabase)
                .database(Service.INBOX_SERVICE, inboxDatabase)
                // Notification streams heal a missed wake-up by reading again; not within a test's bounds,
                // so that a test sees the wake-up between replicas (NotificationStreamReplicasTest).
                .config(Service.PORTAL_API, "portal.notifications.stream.reread-every", "10m")
                .config(Service.PORTAL_API, "portal.limits.e-consultations-per-day", "100000")
                .config(Service.PORTAL_API, "portal.limits.office-messages-per-day", "100000");
        config.forEach((key, value) -> settings.config(Service.PORTAL_API, key, value)
                .config(Service.INBOX_SERVICE, key, value));
        databaseLink = proxied ? TcpProxy.start(postgres.host(), postgres.port()) : null;
        if (databaseLink != null) {
            settings.databaseAddress("127.0.0.1", databaseLink.port());
        }
        launcher = new SystemLauncher(settings);
        broker = launcher.broker();
        portal = launcher.replica(Service.PORTAL_API, 1);
        inbox = launcher.replica(Service.INBOX_SERVICE, 1);
        Runtime.getRuntime().addShutdownHook(new Thread(this::stop));
        launcher.startSystem(READY_TIMEOUT);
    }

    static synchronized RunningSystem get() {
        if (instance == null) {
            instance = new RunningSystem(Path.of("target", "system"), true);
        }
        return instance;
    }

    /** A system of its own (broker, databases, services), started now and ready; the caller stops it. */
    static RunningSystem fresh() {
        return new RunningSystem(Path.of("target", "system", "fresh"), false);
    }

    /**
     * A system of its own whose services export their spans to an OTLP endpoint (over HTTP), started
     * now and ready; the caller stops it.
     */
    static RunningSystem tracedTo(String otlpEndpoint) {
        return new RunningSystem(Path.of("target", "system", "traced"), false, Map.of(
                "quarkus.otel.exporter.otlp.traces.endpoint", otlpEndpoint,
                "quarkus.otel.exporter.otlp.traces.protocol", "http/protobuf"));
    }

    /** Replica {@code n} of a service on ports of its own, sharing the service's database; not started. */
    ServiceInstance replica(Service service, int n) {
        return launcher.replica(service, n);
    }

    synchronized void stop() {
        launcher.close();
        postgres.dropIfExists(portalDatabase);
        postgres.dropIfExists(inboxDatabase);
        if (databaseLink != null) {
            databaseLink.close();
        }
    }
}
