package no.legekontor.devtools;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;

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
 *
 * <p>Clients log in (SASL/SCRAM-SHA-512, users and passwords in {@link KafkaUser}) and may do only
 * what their ACLs grant ({@link KafkaBrokerAcls}, granted on every start): an anonymous client
 * cannot connect, and one service's principal cannot write or read the other's topics.
 *
 * <p>This class is the broker's life cycle; {@link KafkaBrokerCommand} is how its process is run,
 * {@link KafkaBrokerConfig} its configuration and storage, {@link KafkaBrokerReadiness} when it is ready.
 */
public final class KafkaBroker implements AutoCloseable {

    /** System property naming the directory that holds the broker's jars. */
    public static final String LIB_DIR_PROPERTY = "kafka.lib.dir";

    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);
    private static final int LOG_TAIL_LINES = 40;

    private final Path dataDir;
    private final boolean ownsDataDir;
    private final KafkaBrokerCommand command;
    private final KafkaBrokerConfig config;
    private final Lifetime lifetime;
    private int port;
    private int controllerPort;
    private volatile LaunchedProcess process;
    private Thread shutdownHook;

    /** A broker in a fresh temporary data directory (deleted by {@link #close()}) on free ports. */
    public KafkaBroker() {
        this(Directories.createTemp("kafka-broker-"), true, 0, 0, defaultLibDir(), Lifetime.TIED_TO_THIS_JVM);
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
        this.command = new KafkaBrokerCommand(libDir);
        this.config = new KafkaBrokerConfig(this.dataDir);
        this.lifetime = lifetime;
    }

    /**
     * The broker's jar directory: the system property {@value #LIB_DIR_PROPERTY}, else
     * {@code kafka-broker/target/lib} in the first of the working directory and its parents that has it.
     */
    public static Path defaultLibDir() {
        return KafkaBrokerCommand.defaultLibDir();
    }

    /**
     * Starts the broker, unless it runs, and returns once an admin client gets an answer from it.
     *
     * @throws IllegalStateException when the jars are missing, a port is taken, or the broker exits or
     *                               does not answer in time; the message carries the tail of the broker log
     */
    public synchronized void start() {
        TestTier.requireStack("Kafka broker");
        if (lifetime == Lifetime.TIED_TO_THIS_JVM) {
            registerShutdownHook();
        }
        if (isRunning()) {
            return;
        }
        command.requireJars();
        try {
            Files.createDirectories(dataDir);
            port = port == 0 ? Ports.free() : requireFree(port);
            controllerPort = controllerPort == 0 ? Ports.free() : requireFree(controllerPort);
            String properties = config.write(port, controllerPort).toString();
            config.formatIfNew(command, logFile(), this::logTail);
            process = LaunchedProcess.start("The Kafka broker", command.java("kafka.Kafka", properties),
                    properties, logFile(), pidFile(), lifetime, dataDir);
            new KafkaBrokerReadiness(port, START_TIMEOUT, this::requireAlive, this::logTail).await();
            KafkaBrokerAcls.grant(bootstrapServers());
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
            Directories.deleteRecursively(dataDir);
        }
    }

    /** {@code 127.0.0.1:<port>}; the port is known once {@link #start()} has run. */
    public synchronized String bootstrapServers() {
        if (port == 0) {
            throw new IllegalStateException("The broker has not been started yet: its port is not chosen");
        }
        return "127.0.0.1:" + port;
    }

    /**
     * A client's connection to this broker as {@code user}: bootstrap servers and SASL settings.
     * Every client must log in; {@link KafkaUser#ADMIN} may do anything.
     */
    public Properties clientProperties(KafkaUser user) {
        return user.clientProperties(bootstrapServers());
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
                config.file().toString()).orElse(null);
        process = found;
        return found;
    }

    private Path pidFile() {
        return dataDir.resolve("broker.pid");
    }

    private void requireAlive() {
        LaunchedProcess running = process;
        if (running == null || !running.isAlive()) {
            throw new IllegalStateException("The Kafka broker exited while starting" + logTail());
        }
    }

    /** The last lines of the broker log, for error messages. */
    String logTail() {
        return LogTail.of(logFile(), LOG_TAIL_LINES);
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
                Directories.deleteRecursively(dataDir);
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
    private static int requireFree(int port) {
        if (!Ports.isFree(port)) {
            throw new IllegalStateException("Port " + port + " on 127.0.0.1 is already in use: is another Kafka"
                    + " broker running (./portal status)?");
        }
        return port;
    }
}
