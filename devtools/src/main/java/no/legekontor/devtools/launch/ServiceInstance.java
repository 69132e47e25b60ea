package no.legekontor.devtools.launch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import no.legekontor.devtools.LogTail;

/**
 * One replica of a service, packaged ({@code quarkus-run.jar}) and run as its own process, as in
 * production, on its own HTTP and management ports; replicas of a service share its database and
 * its consumer group. Its ports and configuration stay the same across {@link #stop()},
 * {@link #kill()} and {@link #start()}, so a restart is the same replica coming back.
 */
public final class ServiceInstance {

    /**
     * The AppCDS archive that {@code mvn package} writes next to {@code quarkus-run.jar}. Quarkus
     * records the class path as it ran the jar, relative to the package's directory; so a replica
     * runs in that directory, with {@code -jar quarkus-run.jar}, or the JVM ignores the archive.
     */
    static final String CLASS_ARCHIVE = "app-cds.jsa";

    /**
     * The AOT cache (JEP 483/515) that {@code mvn package} writes instead when it runs on JDK 25 or
     * newer: the classes loaded and linked, and the methods' profiles, as the service started.
     * Taken with {@code -XX:AOTCache} under the same conditions as the class archive; a JDK other
     * than the one that wrote it ignores it and starts as without.
     */
    static final String AOT_CACHE = "app.aot";

    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);
    private static final int LOG_TAIL_LINES = 40;

    private final Service service;
    private final String name;
    private final int port;
    private final int managementPort;
    private final Path app;
    private final LaunchSettings settings;
    private final Supplier<String> kafka;
    private final String marker;
    private final String[] knownMarkers;
    private final Path log;
    private final Path pidFile;
    private final Lifetime lifetime;
    private volatile LaunchedProcess process;
    private volatile Instant started;
    private boolean startedBefore;

    ServiceInstance(Service service, int replica, int port, int managementPort, LaunchSettings settings,
            Supplier<String> kafka) {
        this.service = service;
        this.name = service.replicaName(replica);
        this.port = port;
        this.managementPort = managementPort;
        this.app = settings.app(service);
        this.settings = settings;
        this.kafka = kafka;
        this.log = settings.stateDir().resolve("logs").resolve(name + ".log");
        this.pidFile = settings.stateDir().resolve("pids").resolve(name + ".pid");
        this.lifetime = settings.lifetime();
        this.marker = "-Dlegekontor.launch=" + settings.stateDir().resolve(name);
        // ./portal up before the launcher spawned services from bash, known by their jar's path
        String before = settings.root().resolve(service.module()).resolve("target/quarkus-app/quarkus-run.jar").toString();
        this.knownMarkers = replica == 1 ? new String[] {marker, before} : new String[] {marker};
        this.process = LaunchedProcess.find(name, pidFile, knownMarkers).orElse(null);
    }

    private List<String> command() {
        List<String> line = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                marker));
        line.addAll(settings.jvmOptions());
        if (Files.isRegularFile(app.resolve(AOT_CACHE))) {
            line.add("-XX:AOTCache=" + AOT_CACHE);
        } else if (Files.isRegularFile(app.resolve(CLASS_ARCHIVE))) {
            line.add("-XX:SharedArchiveFile=" + CLASS_ARCHIVE);
        }
        line.add("-Dquarkus.profile=" + settings.profile());
        line.add("-Dquarkus.http.port=" + port);
        line.add("-Dquarkus.management.port=" + managementPort);
        Map<String, String> config = settings.config(service);
        config.putIfAbsent("quarkus.datasource.jdbc.url", settings.jdbcUrl(service));
        config.putIfAbsent("quarkus.datasource.username", settings.postgres().user());
        config.putIfAbsent("kafka.bootstrap.servers", kafka.get());
        // Loopback: the dev profile trusts the dev key, and a service that does refuses to listen
        // where other computers reach it (service-support's DevKeyGuard).
        config.putIfAbsent("quarkus.http.host", "127.0.0.1");
        config.forEach((key, value) -> line.add("-D" + key + "=" + value));
        line.add("-jar");
        line.add("quarkus-run.jar");
        return line;
    }

    /**
     * Starts the replica unless it runs; does not wait (see {@link #awaitReady}). Its log starts
     * empty at the first start of this object and is appended to by later ones.
     */
    public synchronized void start() {
        if (isRunning()) {
            return;
        }
        Path jar = app.resolve("quarkus-run.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: package the service first (./portal build)");
        }
        try {
            if (!startedBefore) {
                Files.deleteIfExists(log);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        started = Instant.now();
        startedBefore = true;
        process = LaunchedProcess.start(name, command(), marker, log, pidFile, lifetime, app);
    }

    /** Waits until readiness answers 200; returns how long the replica took from its start. */
    public Duration awaitReady(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!isRunning()) {
                throw new IllegalStateException(name + " exited while starting; log: " + log + logTail());
            }
            if (isReady()) {
                return started == null ? Duration.ZERO : Duration.between(started, Instant.now());
            }
            pause(20);
        }
        throw new IllegalStateException(name + " is not ready after " + timeout.toSeconds() + " s ("
                + managementUrl() + "/q/health/ready); it still runs; log: " + log + logTail());
    }

    /** Whether {@code /q/health/ready} answers 200 on the management port. */
    public boolean isReady() {
        try {
            HttpURLConnection connection = (HttpURLConnection) URI.create(managementUrl() + "/q/health/ready").toURL()
                    .openConnection();
            connection.setConnectTimeout(500);
            connection.setReadTimeout(2000);
            try {
                return connection.getResponseCode() == 200;
            } finally {
                connection.disconnect();
            }
        } catch (IOException e) {
            return false;
        }
    }

    /** Stops the replica gracefully (SIGTERM), then forcibly after 30 s; returns whether it ran. */
    public synchronized boolean stop() {
        LaunchedProcess running = process;
        process = null;
        if (running == null || !running.isAlive()) {
            return false;
        }
        running.stop(STOP_TIMEOUT);
        return true;
    }

    /** Kills the replica (kill -9), as a crash would. */
    public synchronized void kill() {
        LaunchedProcess running = process;
        process = null;
        if (running != null) {
            running.kill();
        }
    }

    public boolean isRunning() {
        LaunchedProcess running = process;
        return running != null && running.isAlive();
    }

    public Optional<Long> pid() {
        LaunchedProcess running = process;
        return running == null || !running.isAlive() ? Optional.empty() : Optional.of(running.pid());
    }

    public Service service() {
        return service;
    }

    /** {@code portal-api}, {@code portal-api-2}, ... */
    public String name() {
        return name;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    /** Where health ({@code /q/health}) and metrics ({@code /q/metrics}) answer. */
    public String managementUrl() {
        return "http://127.0.0.1:" + managementPort;
    }

    public int managementPort() {
        return managementPort;
    }

    public Path log() {
        return log;
    }

    /** The last lines of the log, for error messages. */
    public String logTail() {
        return LogTail.of(log, LOG_TAIL_LINES);
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
