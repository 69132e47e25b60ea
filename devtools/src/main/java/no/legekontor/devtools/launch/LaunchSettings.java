package no.legekontor.devtools.launch;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.legekontor.devtools.KafkaBroker;
import no.legekontor.devtools.Postgres;

/**
 * What a {@link SystemLauncher} starts and where: the settings of {@code ./portal up}, of the system
 * tests and of the bench differ only here. Defaults: tied to this JVM, free ports, the dev profile,
 * a fresh broker in a temporary directory, the databases {@code portal} and {@code inbox} on the
 * server {@link Postgres#fromEnvironment()} names (this checkout's own unless one is configured), the
 * services' packages in this checkout.
 */
public final class LaunchSettings {

    /**
     * The services' JVM, the same for ./portal up, the system tests and the bench (the images'
     * Dockerfile.jvm sets the same collector and heap), sized for this 2-core machine: Serial GC (no concurrent GC threads
     * competing with request threads, no G1 remembered sets: the smallest native footprint; young
     * pauses on a heap this size take a few ms) and a small heap (the live heap stays under 60 MB
     * under the bench's load). Native Memory Tracking showed the rest of the resident memory: ~92 MB
     * class metadata, ~44 MB JIT code, ~22 MB symbols, ~14 MB compiler arenas. The AppCDS archive,
     * when the package has one, is added by {@link ServiceInstance}.
     */
    public static final List<String> SERVICE_JVM = List.of("-XX:+UseSerialGC", "-Xms32m", "-Xmx128m");

    /**
     * The services' JVM in the system tests: {@link #SERVICE_JVM}, C1 only. The processes start
     * several times per run on cores the test JVM and the broker share, and serve a few hundred
     * requests each: C2's compilations would cost more CPU than they give back.
     */
    public static final List<String> TEST_SERVICE_JVM = List.of("-XX:+UseSerialGC", "-Xms32m", "-Xmx128m",
            "-XX:TieredStopAtLevel=1");

    private final Path stateDir;
    private Path root = repositoryRoot();
    private Lifetime lifetime = Lifetime.TIED_TO_THIS_JVM;
    private Postgres postgres;
    private String databaseHost;
    private int databasePort;
    private Path kafkaDataDir;
    private int kafkaPort;
    private int kafkaControllerPort;
    private Path kafkaLibDir = KafkaBroker.defaultLibDir();
    private boolean standardPorts;
    private String profile = "dev";
    private List<String> jvmOptions = SERVICE_JVM;
    private final Map<Service, String> databases = new EnumMap<>(Service.class);
    private final Map<Service, Path> apps = new EnumMap<>(Service.class);
    private final Map<Service, Map<String, String>> config = new EnumMap<>(Service.class);

    /** Settings whose logs go to {@code stateDir/logs} and pid files to {@code stateDir/pids}. */
    public LaunchSettings(Path stateDir) {
        this.stateDir = stateDir.toAbsolutePath().normalize();
        for (Service service : Service.values()) {
            databases.put(service, service.database());
            config.put(service, new LinkedHashMap<>());
        }
    }

    /** The processes outlive this JVM ({@code ./portal up}) or end with it (tests, the bench). */
    public LaunchSettings lifetime(Lifetime value) {
        lifetime = value;
        return this;
    }

    /** The PostgreSQL server the databases are created on. */
    public synchronized LaunchSettings postgres(Postgres value) {
        postgres = value;
        return this;
    }

    /** Where the services reach PostgreSQL when not directly (a {@code TcpProxy} a fault test cuts). */
    public LaunchSettings databaseAddress(String host, int port) {
        databaseHost = host;
        databasePort = port;
        return this;
    }

    /** The broker keeps its data in {@code dir} on these ports (0: free ones) instead of a fresh temporary one. */
    public LaunchSettings kafka(Path dir, int port, int controllerPort) {
        kafkaDataDir = dir.toAbsolutePath().normalize();
        kafkaPort = port;
        kafkaControllerPort = controllerPort;
        return this;
    }

    /** The first replica of each service on its standard ports (8080/9080, 8081/9081); others on free ones. */
    public LaunchSettings standardPorts() {
        standardPorts = true;
        return this;
    }

    /** The Quarkus profile (default {@code dev}: the dev key and the demo data). */
    public LaunchSettings profile(String value) {
        profile = value;
        return this;
    }

    /** The services' JVM options (default {@link #SERVICE_JVM}). */
    public LaunchSettings jvmOptions(List<String> value) {
        jvmOptions = List.copyOf(value);
        return this;
    }

    /** The database {@code service} owns (both replicas share it). */
    public LaunchSettings database(Service service, String name) {
        databases.put(service, name);
        return this;
    }

    /** Where the packaged service is ({@code quarkus-run.jar} in it), if not in this checkout. */
    public LaunchSettings app(Service service, Path dir) {
        apps.put(service, dir);
        return this;
    }

    /** A Quarkus configuration key for every replica of {@code service}. */
    public LaunchSettings config(Service service, String key, String value) {
        config.get(service).put(key, value);
        return this;
    }

    Path stateDir() {
        return stateDir;
    }

    Path root() {
        return root;
    }

    Lifetime lifetime() {
        return lifetime;
    }

    /** The server set by {@link #postgres(Postgres)}, else {@link Postgres#fromEnvironment()} (asked once). */
    synchronized Postgres postgres() {
        if (postgres == null) {
            postgres = Postgres.fromEnvironment();
        }
        return postgres;
    }

    /** The JDBC URL the services use for {@code service}'s database. */
    String jdbcUrl(Service service) {
        String database = databases.get(service);
        return databaseHost == null ? postgres().jdbcUrl(database)
                : "jdbc:postgresql://" + databaseHost + ":" + databasePort + "/" + database;
    }

    String database(Service service) {
        return databases.get(service);
    }

    KafkaBroker newBroker() {
        if (kafkaDataDir == null) {
            if (lifetime == Lifetime.OUTLIVES_THIS_JVM) {
                throw new IllegalStateException("A broker that outlives this JVM needs a data directory");
            }
            return new KafkaBroker();
        }
        return new KafkaBroker(kafkaDataDir, kafkaPort, kafkaControllerPort, kafkaLibDir, lifetime);
    }

    boolean standardPortsFor(int replica) {
        return standardPorts && replica == 1;
    }

    String profile() {
        return profile;
    }

    List<String> jvmOptions() {
        return jvmOptions;
    }

    Path app(Service service) {
        return apps.getOrDefault(service, root.resolve(service.module()).resolve("target/quarkus-app"));
    }

    Map<String, String> config(Service service) {
        return new LinkedHashMap<>(config.get(service));
    }

    /** The checkout's top directory: the working directory or the first parent holding both services. */
    public static Path repositoryRoot() {
        Path candidate = Path.of("").toAbsolutePath();
        while (candidate != null) {
            if (Files.isDirectory(candidate.resolve("portal-api")) && Files.isDirectory(candidate.resolve("inbox-service"))) {
                return candidate;
            }
            candidate = candidate.getParent();
        }
        throw new IllegalStateException("Run from inside the repository: no parent holds portal-api/ and inbox-service/");
    }
}
