package no.legekontor.devtools;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.common.Uuid;

import no.legekontor.devtools.launch.LaunchedProcess;
import no.legekontor.devtools.launch.Lifetime;

/**
 * A one-node Apache Kafka broker (KRaft, broker and controller in one process) for tests, the bench
 * and {@code ./portal up} (through {@link no.legekontor.devtools.launch.SystemLauncher}).
 *
 * <p>Why a separate process from a lib directory instead of an embedded broker or Testcontainers:
 * there is no Docker engine on our machines, and the broker's dependencies (Scala, Jetty, Jersey,
 * log4j ...) must not leak onto the services' test classpath. The jars come from the
 * {@code kafka-broker} module ({@code kafka-broker/target/lib}); surefire passes that directory as
 * the system property {@value #LIB_DIR_PROPERTY}.
 *
 * <p>Lifecycle: {@link #start()} formats the storage on the first start only, so {@link #stop()}
 * followed by {@link #start()} resumes the same broker (same ports, same data): that is how tests
 * simulate a broker outage. {@link #close()} also deletes the data directory when this object
 * created it; {@link #kill()} ends it with SIGKILL, as a crash would. Tied to this JVM (the default),
 * a shutdown hook stops the broker so that a test JVM that ends abruptly leaves none behind; one that
 * outlives it ({@link Lifetime#OUTLIVES_THIS_JVM}, {@code ./portal up}) runs in a session of its own.
 * The broker's output goes to {@code broker.log} in the data directory, never to the parent's stdout.
 *
 * <p>The data directory's {@code broker.pid} names the running broker process. Every
 * {@code KafkaBroker} on the same data directory sees the same process, which lets Quarkus tests
 * loaded by different class loaders (one per test profile) share one broker, and lets
 * {@code ./portal down} end the broker that {@code ./portal up} started. The process counts as the
 * broker only while its command line names this directory's {@code server.properties}.
 */
public final class KafkaBroker implements AutoCloseable {

    /** System property naming the directory that holds the broker's jars. */
    public static final String LIB_DIR_PROPERTY = "kafka.lib.dir";

    /**
     * Broker heap. Measured here: 45 MB live after 300 MB were produced at 30 MB/s, 240 MB resident;
     * a start takes 2.5 s on idle cores, 5 s on busy ones (plus 2 s to format on the first start).
     */
    static final String BROKER_HEAP = "-Xmx256m";

    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration FORMAT_TIMEOUT = Duration.ofSeconds(60);
    private static final int LOG_TAIL_LINES = 40;

    private final Path dataDir;
    private final boolean ownsDataDir;
    private final Path libDir;
    private final Lifetime lifetime;
    private int port;
    private int controllerPort;
    private volatile LaunchedProcess process;
    private Thread shutdownHook;

    /** A broker in a fresh temporary data directory (deleted by {@link #close()}) on free ports. */
    public KafkaBroker() {
        this(createTempDir(), true, 0, 0, defaultLibDir(), Lifetime.TIED_TO_THIS_JVM);
    }

    /**
     * A broker keeping its data in {@code dataDir}; a port of 0 means a free port chosen at the
     * first {@link #start()} and kept for later starts of this object. If a broker started from
     * the same data directory (by another object or process) still runs, this object controls it.
     */
    public KafkaBroker(Path dataDir, int port, int controllerPort, Path libDir) {
        this(dataDir, false, port, controllerPort, libDir, Lifetime.TIED_TO_THIS_JVM);
    }

    /** As {@link #KafkaBroker(Path, int, int, Path)}, with the broker process living as {@code lifetime} says. */
    public KafkaBroker(Path dataDir, int port, int controllerPort, Path libDir, Lifetime lifetime) {
        this(dataDir, false, port, controllerPort, libDir, lifetime);
    }

    private KafkaBroker(Path dataDir, boolean ownsDataDir, int port, int controllerPort, Path libDir,
            Lifetime lifetime) {
        this.dataDir = dataDir.toAbsolutePath().normalize();
        this.ownsDataDir = ownsDataDir;
        this.port = port;
        this.controllerPort = controllerPort;
        this.libDir = libDir.toAbsolutePath().normalize();
        this.lifetime = lifetime;
    }

    /**
     * The broker's jar directory: the system property {@value #LIB_DIR_PROPERTY}, else
     * {@code kafka-broker/target/lib} in the first of the working directory and its parents that has it.
     */
    public static Path defaultLibDir() {
        String configured = System.getProperty(LIB_DIR_PROPERTY);
        if (configured != null && !configured.isBlank()) {
            return Paths.get(configured);
        }
        Path candidate = Paths.get("").toAbsolutePath();
        while (candidate != null) {
            Path lib = candidate.resolve("kafka-broker/target/lib");
            if (Files.isDirectory(lib)) {
                return lib;
            }
            candidate = candidate.getParent();
        }
        return Paths.get("kafka-broker/target/lib").toAbsolutePath();
    }

    /**
     * Starts the broker, unless it runs, and returns once an admin client gets an answer from it.
     *
     * @throws IllegalStateException when the jars are missing, a port is taken, or the broker exits or
     *                               does not answer in time; the message carries the tail of the broker log
     */
    public synchronized void start() {
        if (lifetime == Lifetime.TIED_TO_THIS_JVM) {
            registerShutdownHook();
        }
        if (isRunning()) {
            return;
        }
        requireBrokerJars();
        try {
            Files.createDirectories(dataDir);
            port = port == 0 ? Ports.free() : requireFree(port);
            controllerPort = controllerPort == 0 ? Ports.free() : requireFree(controllerPort);
            Path config = writeConfig();
            if (!Files.exists(logDirs().resolve("meta.properties"))) {
                format(config);
            }
            process = LaunchedProcess.start("The Kafka broker", javaCommand("kafka.Kafka", config.toString()),
                    config.toString(), logFile(), pidFile(), lifetime, dataDir);
            awaitReady();
        } catch (IOException e) {
            stopQuietly();
            throw new UncheckedIOException("Could not start the Kafka broker in " + dataDir, e);
        } catch (RuntimeException e) {
            stopQuietly();
            throw e;
        }
    }

    /**
     * Stops the broker (SIGTERM, then a kill after 30 s) and keeps its data directory and ports, so
     * that {@link #start()} resumes it.
     */
    public synchronized void stop() {
        LaunchedProcess running = current();
        process = null;
        if (running != null) {
            running.stop(STOP_TIMEOUT);
        }
    }

    /** Kills the broker (SIGKILL, as a crash would); its data and ports stay, so {@link #start()} resumes it. */
    public synchronized void kill() {
        LaunchedProcess running = current();
        process = null;
        if (running != null) {
            running.kill();
        }
    }

    /** The broker's pid, if it runs. */
    public Optional<Long> pid() {
        return Optional.ofNullable(current()).map(LaunchedProcess::pid);
    }

    /** Stops the broker and deletes the data directory if this object created it. */
    @Override
    public synchronized void close() {
        stop();
        removeShutdownHook();
        if (ownsDataDir) {
            deleteRecursively(dataDir);
        }
    }

    /** {@code 127.0.0.1:<port>}; the port is known once {@link #start()} has run. */
    public synchronized String bootstrapServers() {
        if (port == 0) {
            throw new IllegalStateException("The broker has not been started yet: its port is not chosen");
        }
        return "127.0.0.1:" + port;
    }

    /** Whether the broker process is alive. */
    public boolean isRunning() {
        return current() != null;
    }

    /** The data directory (storage, {@code server.properties}, {@code broker.log}, {@code broker.pid}). */
    public Path dataDir() {
        return dataDir;
    }

    /** The file the broker's stdout and stderr go to. */
    public Path logFile() {
        return dataDir.resolve("broker.log");
    }

    /** The port of the broker listener; 0 until the first start. */
    public synchronized int port() {
        return port;
    }

    /** The port of the controller listener; 0 until the first start. */
    public synchronized int controllerPort() {
        return controllerPort;
    }

    /**
     * The running broker of this data directory: the process this object started, else the one its
     * {@code broker.pid} names (started by another object on the same directory) if it is alive and
     * runs this directory's configuration.
     */
    private LaunchedProcess current() {
        LaunchedProcess known = process;
        if (known != null && known.isAlive()) {
            return known;
        }
        LaunchedProcess found = LaunchedProcess.find("The Kafka broker", pidFile(),
                dataDir.resolve("server.properties").toString()).orElse(null);
        process = found;
        return found;
    }

    private Path pidFile() {
        return dataDir.resolve("broker.pid");
    }

    private Path logDirs() {
        return dataDir.resolve("logs");
    }

    private void requireBrokerJars() {
        boolean present;
        try (Stream<Path> jars = Files.isDirectory(libDir) ? Files.list(libDir) : Stream.empty()) {
            present = jars.anyMatch(p -> p.getFileName().toString().startsWith("kafka_2.13-"));
        } catch (IOException e) {
            present = false;
        }
        if (!present) {
            throw new IllegalStateException("No Kafka broker jars (kafka_2.13-*.jar) in " + libDir
                    + ". Build them with: ./mvnw -B -q -pl kafka-broker generate-resources"
                    + " (or set -D" + LIB_DIR_PROPERTY + "=<dir>)");
        }
    }

    private Path writeConfig() throws IOException {
        String config = String.join("\n",
                "# Written by no.legekontor.devtools.KafkaBroker on every start.",
                "process.roles=broker,controller",
                "node.id=1",
                "listeners=PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort,
                "advertised.listeners=PLAINTEXT://127.0.0.1:" + port,
                "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                "inter.broker.listener.name=PLAINTEXT",
                "controller.listener.names=CONTROLLER",
                "controller.quorum.bootstrap.servers=127.0.0.1:" + controllerPort,
                "log.dirs=" + logDirs(),
                "num.partitions=3",
                "auto.create.topics.enable=true",
                "offsets.topic.replication.factor=1",
                // fewer than the default 50 partitions: the first consumer group joins faster
                "offsets.topic.num.partitions=5",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.num.partitions=5",
                "transaction.state.log.min.isr=1",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                "min.insync.replicas=1",
                "group.initial.rebalance.delay.ms=0",
                // a small broker: 2 cores, shared with the services and their tests
                "num.network.threads=2",
                "num.io.threads=2",
                "background.threads=2",
                "num.recovery.threads.per.data.dir=1",
                // the log cleaner (compacted topics) allocates this up front: 128 MB of heap by default
                "log.cleaner.dedupe.buffer.size=16777216",
                "");
        Path file = dataDir.resolve("server.properties");
        Files.writeString(file, config, StandardCharsets.UTF_8);
        return file;
    }

    private void format(Path config) throws IOException {
        String clusterId = Uuid.randomUuid().toString();
        Process formatter = new ProcessBuilder(javaCommand("kafka.tools.StorageTool",
                "format", "-t", clusterId, "-c", config.toString(), "--standalone"))
                .directory(dataDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile().toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .start();
        try {
            if (!formatter.waitFor(FORMAT_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                terminate(formatter.toHandle(), Duration.ofSeconds(5));
                throw new IllegalStateException("Formatting the Kafka storage took more than "
                        + FORMAT_TIMEOUT.toSeconds() + " s" + logTail());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            terminate(formatter.toHandle(), Duration.ofSeconds(5));
            throw new IllegalStateException("Interrupted while formatting the Kafka storage", e);
        }
        if (formatter.exitValue() != 0) {
            throw new IllegalStateException("Formatting the Kafka storage failed (exit "
                    + formatter.exitValue() + ")" + logTail());
        }
    }

    private List<String> javaCommand(String mainClass, String... args) {
        List<String> command = new ArrayList<>(List.of(
                Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
                BROKER_HEAP,
                "-XX:+UseSerialGC",
                // C1 only: starts in about half the time on 2 busy cores; a dev broker needs no peak throughput
                "-XX:TieredStopAtLevel=1",
                "-Djava.awt.headless=true",
                "-cp", libDir + File.separator + "*",
                mainClass));
        command.addAll(List.of(args));
        return command;
    }

    private void awaitReady() {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        awaitListening(deadline);
        awaitAnswer(deadline);
    }

    /** Waits for the port to accept connections first: an admin client would log every failed retry. */
    private void awaitListening(long deadline) {
        while (true) {
            requireAlive();
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 500);
                return;
            } catch (IOException notYet) {
                // the deadline below bounds the wait
            }
            requireBefore(deadline);
            pause();
        }
    }

    private void awaitAnswer(long deadline) {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        props.put(AdminClientConfig.RECONNECT_BACKOFF_MS_CONFIG, "50");
        props.put(AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, "250");
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "2000");
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "2000");
        try (Admin admin = Admin.create(props)) {
            while (true) {
                requireAlive();
                try {
                    if (!admin.describeCluster(new DescribeClusterOptions().timeoutMs(1000))
                            .nodes().get(2, TimeUnit.SECONDS).isEmpty()) {
                        return;
                    }
                } catch (ExecutionException | TimeoutException e) {
                    // not answering yet; the deadline below bounds the wait
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("Interrupted while waiting for the Kafka broker", e);
                }
                requireBefore(deadline);
                pause();
            }
        }
    }

    private void requireAlive() {
        LaunchedProcess running = process;
        if (running == null || !running.isAlive()) {
            throw new IllegalStateException("The Kafka broker exited while starting" + logTail());
        }
    }

    private void requireBefore(long deadline) {
        if (System.nanoTime() > deadline) {
            throw new IllegalStateException("The Kafka broker did not answer on " + bootstrapServers()
                    + " within " + START_TIMEOUT.toSeconds() + " s" + logTail());
        }
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the Kafka broker", e);
        }
    }

    /** The last lines of the broker log, for error messages. */
    String logTail() {
        Path log = logFile();
        if (!Files.exists(log)) {
            return "\n(no broker log at " + log + ")";
        }
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            List<String> tail = lines.subList(Math.max(0, lines.size() - LOG_TAIL_LINES), lines.size());
            return "\n--- last lines of " + log + " ---\n" + String.join("\n", tail);
        } catch (IOException | UncheckedIOException e) {
            return "\n(could not read the broker log " + log + ": " + e.getMessage() + ")";
        }
    }

    /** SIGTERM (the broker shuts down cleanly), then SIGKILL when it takes longer than {@code timeout}. */
    private static void terminate(ProcessHandle running, Duration timeout) {
        running.destroy();
        try {
            running.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            running.destroyForcibly();
            try {
                running.onExit().get(10, TimeUnit.SECONDS);
            } catch (TimeoutException | ExecutionException | InterruptedException ignored) {
                // nothing more to do than SIGKILL
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running.destroyForcibly();
        }
    }

    private void stopQuietly() {
        try {
            stop();
        } catch (RuntimeException ignored) {
            // the original failure is what the caller needs to see
        }
    }

    private void registerShutdownHook() {
        if (shutdownHook != null) {
            return;
        }
        shutdownHook = new Thread(() -> {
            LaunchedProcess running = current();
            if (running != null) {
                running.stop(Duration.ofSeconds(10));
            }
            if (ownsDataDir) {
                deleteRecursively(dataDir);
            }
        }, "kafka-broker-shutdown");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    private void removeShutdownHook() {
        if (shutdownHook == null) {
            return;
        }
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // the hook runs anyway
        }
        shutdownHook = null;
    }

    /** A broker (perhaps one of ours from an earlier run) already on the port would answer in our place. */
    private static int requireFree(int port) throws IOException {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            return port;
        } catch (BindException e) {
            throw new IllegalStateException("Port " + port + " on 127.0.0.1 is already in use: is another Kafka"
                    + " broker running (./portal status)?", e);
        }
    }

    private static Path createTempDir() {
        try {
            return Files.createTempDirectory("kafka-broker-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // best effort: a leftover temp directory is harmless
        }
    }
}
