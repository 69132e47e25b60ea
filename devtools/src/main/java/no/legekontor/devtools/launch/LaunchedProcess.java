package no.legekontor.devtools.launch;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A process the launcher started: the broker or one replica of a service. It is known by a pid file
 * and by a marker in its command line, so that a pid the system has since given to another process
 * is never taken for ours (a pid file outlives a reboot or a kill -9). Stopping sends SIGTERM and,
 * after a timeout, SIGKILL; killing sends SIGKILL at once, as a crash would.
 */
public final class LaunchedProcess {

    private static final Path SETSID = Path.of("/usr/bin/setsid");

    private final String name;
    private final ProcessHandle handle;
    private final Path pidFile;

    private LaunchedProcess(String name, ProcessHandle handle, Path pidFile) {
        this.name = name;
        this.handle = handle;
        this.pidFile = pidFile;
    }

    /**
     * Starts {@code command} with its output in {@code log} (appended) and its pid in {@code pidFile}.
     * The marker must be one of the command's arguments. A process that outlives this JVM runs in a
     * session of its own (setsid), so that closing the terminal does not end it.
     */
    public static LaunchedProcess start(String name, List<String> command, String marker, Path log, Path pidFile,
            Lifetime lifetime, Path workingDir) {
        if (!command.contains(marker)) {
            throw new IllegalArgumentException("The marker " + marker + " is not in the command of " + name);
        }
        List<String> full = new ArrayList<>();
        if (lifetime == Lifetime.OUTLIVES_THIS_JVM && Files.isExecutable(SETSID)) {
            full.add(SETSID.toString());
        }
        full.addAll(command);
        try {
            Files.createDirectories(log.toAbsolutePath().getParent());
            Files.createDirectories(pidFile.toAbsolutePath().getParent());
            Process process = new ProcessBuilder(full)
                    .directory(workingDir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .start();
            Files.writeString(pidFile, Long.toString(process.pid()));
            LaunchedProcess launched = new LaunchedProcess(name, process.toHandle(), pidFile);
            if (lifetime == Lifetime.TIED_TO_THIS_JVM) {
                Runtime.getRuntime().addShutdownHook(new Thread(() -> launched.stop(Duration.ofSeconds(10)),
                        "stop-" + name));
            }
            return launched;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + name, e);
        }
    }

    /**
     * The process that {@code pidFile} names, if it is alive and its command line holds one of the
     * markers.
     */
    public static Optional<LaunchedProcess> find(String name, Path pidFile, String... markers) {
        return readPid(pidFile)
                .flatMap(ProcessHandle::of)
                .filter(ProcessHandle::isAlive)
                .filter(handle -> hasMarker(handle, markers))
                .map(handle -> new LaunchedProcess(name, handle, pidFile));
    }

    private static Optional<Long> readPid(Path pidFile) {
        try {
            return Optional.of(Long.parseLong(Files.readString(pidFile).trim()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static boolean hasMarker(ProcessHandle handle, String... markers) {
        List<String> arguments = handle.info().arguments().map(List::of).orElse(List.of());
        for (String marker : markers) {
            if (arguments.contains(marker)) {
                return true;
            }
        }
        return false;
    }

    public String name() {
        return name;
    }

    public long pid() {
        return handle.pid();
    }

    public boolean isAlive() {
        return handle.isAlive();
    }

    /** SIGTERM, then SIGKILL when the process has not exited within {@code timeout}; removes the pid file. */
    public void stop(Duration timeout) {
        if (handle.isAlive()) {
            handle.destroy();
            if (!awaitExit(timeout)) {
                System.err.println(name + " (pid " + pid() + ") did not stop within " + timeout.toSeconds()
                        + " s: killing it");
                kill();
            }
        }
        deletePidFile();
    }

    /**
     * Sends {@code signal} (a name such as {@code INT}) with the shell's kill: Java sends only
     * SIGTERM and SIGKILL. Returns at once; {@link #stop(Duration)} waits for the exit.
     */
    public void signal(String signal) {
        if (!signal.matches("[A-Z0-9]+")) {
            throw new IllegalArgumentException("Not a signal name: " + signal);
        }
        try {
            Process kill = new ProcessBuilder("/bin/sh", "-c", "kill -s " + signal + " " + handle.pid())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            kill.waitFor(10, TimeUnit.SECONDS);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot signal " + name, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** SIGKILL (kill -9), and waits until the process is gone; removes the pid file. */
    public void kill() {
        handle.destroyForcibly();
        awaitExit(Duration.ofSeconds(10));
        deletePidFile();
    }

    private boolean awaitExit(Duration timeout) {
        try {
            handle.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException | ExecutionException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !handle.isAlive();
        }
    }

    private void deletePidFile() {
        try {
            if (readPid(pidFile).filter(pid -> pid == handle.pid()).isPresent()) {
                Files.deleteIfExists(pidFile);
            }
        } catch (IOException e) {
            // a stale pid file is checked against the command line before it is believed
        }
    }
}
