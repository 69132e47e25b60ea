package no.legekontor.devtools;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import no.legekontor.devtools.launch.LaunchSettings;
import no.legekontor.devtools.launch.LaunchedProcess;
import no.legekontor.devtools.launch.Lifetime;

/**
 * A PostgreSQL server of this checkout, from Maven Central's binaries ({@link PostgresBinaries}):
 * what {@code ./portal up}, {@code ./portal test}, the tests' {@link PostgresResource}, the system
 * tests and the bench use when no server is configured, so that a machine needs no PostgreSQL.
 *
 * <p>Everything lives in one directory, {@code .portal/postgres} ({@link #local()}): the binaries
 * ({@code server/}), the data ({@code data/}, made by initdb on the first start), {@code postgres.log},
 * {@code postgres.pid} and {@code port}. The server listens on 127.0.0.1 only, on {@value #PREFERRED_PORT}
 * or, when that is taken (another checkout's server), a free port, kept for later starts. Trust
 * authentication for user {@value #USER}, as the tools expect of any server.
 *
 * <p>One server serves many JVMs: the test JVMs of each module, one after the other or at once, the
 * system tests' services, {@code ./portal up}. Whoever needs it first starts it, under a file lock
 * ({@code lock}) so that two JVMs never start two; the others find it by its pid file and the data
 * directory in its command line ({@link LaunchedProcess}). It outlives the JVM that started it (its
 * own session, no shutdown hook), so a test JVM that ends never takes it from another:
 * {@code ./portal down}, and {@code ./portal test} for a server it started, stop it, and only when no
 * other client is connected ({@link #stopUnlessInUse()}).
 *
 * <p>Run as root, the server runs as {@link ServerAccount} ({@code nobody}): PostgreSQL refuses root.
 */
public final class PostgresServer {

    /** The superuser initdb creates; trust authentication, no password. */
    public static final String USER = "postgres";
    /** The port the server takes when it is free (one more than PostgreSQL's usual 5432). */
    public static final int PREFERRED_PORT = 5433;

    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration INITDB_TIMEOUT = Duration.ofSeconds(120);
    private static final int LOG_TAIL_LINES = 30;
    /**
     * The server's settings beyond initdb's. Logs stay free of patient data: {@code terse} leaves out
     * an error's DETAIL (a unique violation would print the key, e.g. a national id), and no failed
     * statement is logged.
     */
    private static final List<String> SETTINGS = List.of(
            "listen_addresses=127.0.0.1",
            "unix_socket_directories=",
            // the services' pools, several replicas in the system tests, the bench's pgbench with 32 clients
            "max_connections=200",
            // every CREATE DATABASE (each test application's) forces a checkpoint: not news
            "log_checkpoints=off",
            "log_error_verbosity=terse",
            "log_min_error_statement=panic");

    private final Path home;
    private final Path dataDir;
    private final Lifetime lifetime;
    private final Optional<ServerAccount> account;
    private final PostgresBinaries binaries;
    private volatile LaunchedProcess process;

    PostgresServer(Path home, Lifetime lifetime, Optional<ServerAccount> account) {
        try {
            Files.createDirectories(home);
            this.home = home.toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + home, e);
        }
        this.dataDir = this.home.resolve("data");
        this.lifetime = lifetime;
        this.account = account;
        this.binaries = new PostgresBinaries(this.home.resolve("server"));
    }

    /** This checkout's server, in {@code .portal/postgres} of the repository (found from the working directory). */
    public static PostgresServer local() {
        return in(LaunchSettings.repositoryRoot().resolve(".portal"));
    }

    /**
     * The server in {@code stateDir/postgres}. As root, when the account the server runs as cannot
     * reach that directory (a checkout under {@code /root}), its files go to a directory in
     * {@code java.io.tmpdir} instead, which {@code stateDir/postgres} links to.
     */
    public static PostgresServer in(Path stateDir) {
        Path state = stateDir.toAbsolutePath().normalize();
        Path home = state.resolve("postgres");
        Optional<ServerAccount> account = ServerAccount.forThisProcess();
        try {
            if (!Files.exists(state)) {
                Files.createDirectories(state);
                PostgresBinaries.setMode(state, 0755);
            }
            if (account.isPresent() && !Files.exists(home) && !account.get().canReach(home)) {
                Path reachable = Path.of(System.getProperty("java.io.tmpdir"),
                        "portal-postgres-" + Integer.toHexString(home.toString().hashCode()));
                Files.createDirectories(reachable);
                PostgresBinaries.setMode(reachable, 0755);
                try {
                    Files.createSymbolicLink(home, reachable);
                } catch (FileAlreadyExistsException linkedMeanwhile) {
                    // another JVM linked it first
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare " + home, e);
        }
        return new PostgresServer(home, Lifetime.OUTLIVES_THIS_JVM, account);
    }

    /**
     * Starts the server unless it runs (initdb first when the data directory is empty) and returns
     * once it answers queries; returns whether this call started it.
     *
     * @throws IllegalStateException when it exits or does not answer in time; the message carries the log's tail
     */
    public boolean start() {
        return locked(() -> {
            LaunchedProcess running = current();
            if (running != null) {
                awaitReady(running, port());
                return false;
            }
            binaries.unpackIfNeeded();
            initIfNeeded();
            int port = choosePort();
            List<String> command = new ArrayList<>(account.map(ServerAccount::commandPrefix).orElse(List.of()));
            command.addAll(List.of(binaries.program("postgres").toString(), "-D", dataDir.toString(),
                    "-p", Integer.toString(port)));
            SETTINGS.forEach(setting -> command.addAll(List.of("-c", setting)));
            LaunchedProcess started = LaunchedProcess.start("PostgreSQL", command, dataDir.toString(), logFile(),
                    pidFile(), lifetime, dataDir);
            process = started;
            try {
                awaitReady(started, port);
            } catch (RuntimeException e) {
                started.kill();
                throw e;
            }
            return true;
        });
    }

    /** Stops the server (fast shutdown: open sessions are ended), if it runs. */
    public void stop() {
        locked(() -> {
            stopNow();
            return null;
        });
    }

    /**
     * Stops the server unless a client other than this call is connected (a test JVM, a service of
     * {@code ./portal up}); returns whether it is stopped now.
     */
    public boolean stopUnlessInUse() {
        return locked(() -> {
            if (current() == null) {
                return true;
            }
            if (client().otherSessions() > 0) {
                return false;
            }
            stopNow();
            return true;
        });
    }

    /** Whether the server process runs. */
    public boolean isRunning() {
        return current() != null;
    }

    /** The server's pid, if it runs. */
    public Optional<Long> pid() {
        return Optional.ofNullable(current()).map(LaunchedProcess::pid);
    }

    /** The port it listens on, or last listened on; 0 before the first start. */
    public int port() {
        try {
            return Integer.parseInt(Files.readString(portFile()).strip());
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
    }

    /** Databases on this server, reached as {@value #USER}. */
    public Postgres client() {
        return new Postgres("127.0.0.1", port(), USER);
    }

    /** The directory holding the binaries, the data, the log and the pid file. */
    public Path home() {
        return home;
    }

    /** The server's output (its log). */
    public Path logFile() {
        return home.resolve("postgres.log");
    }

    private Path pidFile() {
        return home.resolve("postgres.pid");
    }

    private Path portFile() {
        return home.resolve("port");
    }

    private LaunchedProcess current() {
        LaunchedProcess known = process;
        if (known != null && known.isAlive()) {
            return known;
        }
        LaunchedProcess found = LaunchedProcess.find("PostgreSQL", pidFile(), dataDir.toString()).orElse(null);
        process = found;
        return found;
    }

    private void stopNow() {
        LaunchedProcess running = current();
        process = null;
        if (running != null) {
            running.signal("INT"); // fast shutdown; SIGTERM would wait for every client to disconnect
            running.stop(STOP_TIMEOUT);
        }
    }

    /** The port kept from the last start if it is still free, else the preferred one, else any free one. */
    private int choosePort() throws IOException {
        int kept = port();
        int port = kept != 0 && Ports.isFree(kept) ? kept
                : Ports.isFree(PREFERRED_PORT) ? PREFERRED_PORT : Ports.free();
        Files.writeString(portFile(), Integer.toString(port));
        return port;
    }

    private void initIfNeeded() throws IOException {
        if (Files.exists(dataDir.resolve("PG_VERSION"))) {
            return;
        }
        Directories.deleteRecursively(dataDir); // what a failed initdb left
        Files.createDirectories(dataDir);
        PostgresBinaries.setMode(dataDir, 0700);
        if (account.isPresent()) {
            account.get().own(dataDir);
        }
        try {
            binaries.initdb(dataDir, USER, account.map(ServerAccount::commandPrefix).orElse(List.of()), logFile(),
                    INITDB_TIMEOUT);
        } catch (IllegalStateException e) {
            throw new IllegalStateException(e.getMessage() + logTail(), e);
        }
    }

    private void awaitReady(LaunchedProcess running, int port) {
        Postgres server = new Postgres("127.0.0.1", port, USER);
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (!server.answers()) {
            if (!running.isAlive()) {
                throw new IllegalStateException("PostgreSQL exited while starting" + logTail());
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("PostgreSQL did not answer on 127.0.0.1:" + port + " within "
                        + START_TIMEOUT.toSeconds() + " s" + logTail());
            }
            pause();
        }
    }

    /** Runs {@code section} holding the lock file: one JVM at a time starts or stops the server. */
    private synchronized <T> T locked(CrossProcessLock.Section<T> section) {
        return new CrossProcessLock(home.resolve("lock"), START_TIMEOUT.plus(INITDB_TIMEOUT)).holding(section);
    }

    /** The last lines of the server's log, for error messages. */
    private String logTail() {
        return LogTail.of(logFile(), LOG_TAIL_LINES);
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for PostgreSQL", e);
        }
    }
}
