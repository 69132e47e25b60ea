package no.legekontor.devtools;

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
import java.util.concurrent.TimeUnit;

/**
 * One of our services, packaged ({@code target/quarkus-app/quarkus-run.jar}) and run as its own
 * process, as in production: for the system tests and the benchmark, which need both services
 * side by side on the real broker and database. Each gets a free port for its API and another for
 * its management interface (health and metrics), so that runs never collide.
 */
public final class ServiceProcess implements AutoCloseable {

    private final String name;
    private final int port;
    private final int managementPort;
    private final Path log;
    private final Process process;
    private final Instant started;

    private ServiceProcess(String name, int port, int managementPort, Path log, Process process, Instant started) {
        this.name = name;
        this.port = port;
        this.managementPort = managementPort;
        this.log = log;
        this.process = process;
        this.started = started;
    }

    /**
     * Starts {@code <repo>/<module>/target/quarkus-app/quarkus-run.jar} in the given profile.
     *
     * @param config Quarkus configuration, passed as {@code -Dkey=value}
     */
    public static ServiceProcess start(String module, String profile, int port, Map<String, String> config,
            Path logDir) {
        return start(repositoryRoot().resolve(module).resolve("target/quarkus-app"), module, profile,
                List.of("-Xmx256m"), port, config, logDir);
    }

    /**
     * Starts a packaged Quarkus application ({@code app/quarkus-run.jar}) with the given JVM options.
     *
     * @param name   names the log file ({@code <name>.log} in {@code logDir}) and error messages
     * @param config Quarkus configuration, passed as {@code -Dkey=value}
     */
    public static ServiceProcess start(Path app, String name, String profile, List<String> jvmOptions, int port,
            Map<String, String> config, Path logDir) {
        Path jar = app.resolve("quarkus-run.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: package the service first (./portal build)");
        }
        List<String> command = new ArrayList<>(List.of(javaExecutable()));
        command.addAll(jvmOptions);
        command.add("-Dquarkus.profile=" + profile);
        command.add("-Dquarkus.http.port=" + port);
        int managementPort = Ports.free();
        command.add("-Dquarkus.management.port=" + managementPort);
        config.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.add("-jar");
        command.add(jar.toString());
        try {
            Files.createDirectories(logDir);
            Path log = logDir.resolve(name + ".log");
            Instant started = Instant.now();
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            ServiceProcess service = new ServiceProcess(name, port, managementPort, log, process, started);
            Runtime.getRuntime().addShutdownHook(new Thread(service::close));
            return service;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + name, e);
        }
    }

    /**
     * Waits until {@code /q/health/ready} answers 200 on the management port; returns how long the
     * service took from start.
     */
    public Duration awaitReady(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + "; log: " + log);
            }
            if (ready()) {
                return Duration.between(started, Instant.now());
            }
            try {
                TimeUnit.MILLISECONDS.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException(name + " not ready within " + timeout + "; log: " + log);
    }

    private boolean ready() {
        try {
            HttpURLConnection connection = (HttpURLConnection) URI.create(managementUrl() + "/q/health/ready").toURL()
                    .openConnection();
            connection.setConnectTimeout(500);
            connection.setReadTimeout(1000);
            try {
                return connection.getResponseCode() == 200;
            } finally {
                connection.disconnect();
            }
        } catch (IOException e) {
            return false;
        }
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

    public long pid() {
        return process.pid();
    }

    public Path log() {
        return log;
    }

    /** Stops the service gracefully (SIGTERM), then forcibly if it takes too long. */
    @Override
    public void close() {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The checkout's top directory: the working directory or the first parent holding portal-api/. */
    static Path repositoryRoot() {
        Path candidate = Path.of("").toAbsolutePath();
        while (candidate != null) {
            if (Files.isDirectory(candidate.resolve("portal-api")) && Files.isDirectory(candidate.resolve("inbox-service"))) {
                return candidate;
            }
            candidate = candidate.getParent();
        }
        throw new IllegalStateException("Run from inside the repository: no parent holds portal-api/ and inbox-service/");
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
