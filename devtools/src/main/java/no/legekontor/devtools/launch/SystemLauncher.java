package no.legekontor.devtools.launch;

import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.legekontor.devtools.KafkaBroker;
import no.legekontor.devtools.Ports;
import no.legekontor.devtools.Postgres;
import no.legekontor.devtools.Directories;

/**
 * Starts the system on one machine: the Kafka broker, the services' databases, and each service,
 * also more than one replica of each; stops (SIGTERM, then SIGKILL), kills ({@code kill -9}) and
 * restarts any of them. {@code ./portal up}, {@code down} and {@code status} ({@link PortalCommand}),
 * the system tests and the bench all start the system through it; {@link LaunchSettings} holds what
 * differs between them.
 */
public final class SystemLauncher implements AutoCloseable {

    /** Replicas {@code ./portal down} and {@code status} look for (pid files {@code <service>-<n>.pid}). */
    static final int MAX_REPLICAS = 4;

    private final LaunchSettings settings;
    private final KafkaBroker broker;
    private final Map<String, ServiceInstance> replicas = new LinkedHashMap<>();

    public SystemLauncher(LaunchSettings settings) {
        this.settings = settings;
        this.broker = settings.newBroker();
    }

    /**
     * Starts the broker, creates the databases that are missing, starts the first replica of each
     * service and waits until both are ready and the inbox admits the demo staff: the system as
     * {@code ./portal up} runs it.
     */
    public SystemLauncher startSystem(Duration readyTimeout) {
        broker.start();
        createDatabases();
        List<ServiceInstance> started = List.of(start(Service.PORTAL_API, 1), start(Service.INBOX_SERVICE, 1));
        started.forEach(replica -> replica.awaitReady(readyTimeout));
        DemoStaff.awaitAdmitted(started.get(1), readyTimeout);
        return this;
    }

    /** The broker: {@code start()}, {@code stop()}, {@code kill()}, {@code bootstrapServers()}. */
    public KafkaBroker broker() {
        return broker;
    }

    /** Stops the broker and starts it again on the same ports and data. */
    public void restartBroker() {
        broker.stop();
        broker.start();
    }

    /** The PostgreSQL server the databases live on. */
    public Postgres postgres() {
        return settings.postgres();
    }

    /** The name of {@code service}'s database. */
    public String database(Service service) {
        return settings.database(service);
    }

    /** Creates each service's database unless it exists; says for each whether it created it. */
    public Map<String, Boolean> createDatabases() {
        Map<String, Boolean> created = new LinkedHashMap<>();
        for (Service service : Service.values()) {
            created.put(database(service), postgres().createIfMissing(database(service)));
        }
        return created;
    }

    /** Drops each service's database (after its replicas have stopped). */
    public void dropDatabases() {
        for (Service service : Service.values()) {
            postgres().dropIfExists(database(service));
        }
    }

    /**
     * Replica {@code n} (from 1) of {@code service}, running or not; the first call fixes its ports:
     * the standard ones for the first replica of {@code ./portal up}, free ones otherwise. A replica
     * that an earlier launcher left running (its pid file and marker) is found and controlled.
     */
    public synchronized ServiceInstance replica(Service service, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("Replicas count from 1");
        }
        return replicas.computeIfAbsent(service.replicaName(n), name -> settings.standardPortsFor(n)
                ? new ServiceInstance(service, n, service.standardPort(), service.standardManagementPort(), settings,
                        broker::bootstrapServers)
                : new ServiceInstance(service, n, Ports.free(), Ports.free(), settings, broker::bootstrapServers));
    }

    /** Starts replica {@code n} of {@code service} unless it runs, without waiting for readiness. */
    public ServiceInstance start(Service service, int n) {
        ServiceInstance replica = replica(service, n);
        replica.start();
        return replica;
    }

    /** Stops replica {@code n} of {@code service} and starts it again with the same ports; waits until ready. */
    public ServiceInstance restart(Service service, int n, Duration readyTimeout) {
        ServiceInstance replica = replica(service, n);
        replica.stop();
        replica.start();
        replica.awaitReady(readyTimeout);
        return replica;
    }

    /**
     * The replicas that run, also those an earlier launcher on the same state directory started
     * (found by their pid files), in the order services start.
     */
    public List<ServiceInstance> running() {
        List<ServiceInstance> running = new ArrayList<>();
        for (Service service : Service.values()) {
            for (int n = 1; n <= MAX_REPLICAS; n++) {
                boolean known;
                synchronized (this) {
                    known = replicas.containsKey(service.replicaName(n));
                }
                if (known || Files.exists(settings.stateDir().resolve("pids").resolve(service.replicaName(n) + ".pid"))) {
                    ServiceInstance replica = replica(service, n);
                    if (replica.isRunning()) {
                        running.add(replica);
                    }
                }
            }
        }
        return running;
    }

    /** Stops every replica, the later services first; returns the names of those that ran. */
    public List<String> stopServices() {
        List<ServiceInstance> running = running();
        List<String> stopped = new ArrayList<>();
        for (int i = running.size() - 1; i >= 0; i--) {
            if (running.get(i).stop()) {
                stopped.add(running.get(i).name());
            }
        }
        return stopped;
    }

    /**
     * Back to a clean slate: stops every replica and the broker, deletes the broker's data (its
     * topics, offsets and consumer groups) and drops each service's database. The next start formats
     * the broker anew and the services' migrations and demo data fill new databases.
     */
    public void reset() {
        stopServices();
        broker.stop();
        Directories.deleteRecursively(broker.dataDir());
        dropDatabases();
    }

    /** Stops every replica and the broker (deleting the broker's data when it lived in a temporary directory). */
    @Override
    public void close() {
        stopServices();
        broker.close();
    }
}
