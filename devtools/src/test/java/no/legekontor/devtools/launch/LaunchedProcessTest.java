package no.legekontor.devtools.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LaunchedProcessTest {

    @TempDir
    Path dir;

    private final String marker = "-Dlegekontor.launch=" + UUID.randomUUID();

    @Test
    void aPidFileNamingAProcessWithoutOurMarkerIsNotTakenForOurs() throws Exception {
        Path pidFile = dir.resolve("pids/portal-api.pid");
        Files.createDirectories(pidFile.getParent());
        Process stranger = new ProcessBuilder(loop("", "someone-else")).start();
        try {
            Files.writeString(pidFile, Long.toString(stranger.pid())); // as after a reboot reused the pid
            assertThat(LaunchedProcess.find("portal-api", pidFile, marker)).isEmpty();
        } finally {
            stranger.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
        }

        LaunchedProcess ours = start(loop("", marker), Lifetime.TIED_TO_THIS_JVM);
        try {
            assertThat(LaunchedProcess.find("portal-api", pidFile, marker))
                    .hasValueSatisfying(found -> assertThat(found.pid()).isEqualTo(ours.pid()));
        } finally {
            ours.kill();
        }
        assertThat(LaunchedProcess.find("portal-api", pidFile, marker)).isEmpty();
        assertThat(pidFile).doesNotExist();
    }

    @Test
    void stopEndsAProcessThatIgnoresSigtermWithSigkillAfterTheTimeout() throws Exception {
        LaunchedProcess stubborn = start(loop("trap '' TERM; echo deaf; ", marker), Lifetime.TIED_TO_THIS_JVM);
        awaitInLog("deaf"); // the trap is set

        long began = System.nanoTime();
        stubborn.stop(Duration.ofMillis(500));

        assertThat(stubborn.isAlive()).isFalse();
        assertThat(Duration.ofNanos(System.nanoTime() - began)).isGreaterThanOrEqualTo(Duration.ofMillis(500));
        assertThat(dir.resolve("pids/portal-api.pid")).doesNotExist();
    }

    @Test
    void aProcessThatOutlivesItsJvmRunsInItsOwnSessionAndALaterJvmFindsIt() throws Exception {
        Path pidFile = dir.resolve("pids/portal-api.pid");
        Process starter = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Starter.class.getName(), dir.toString(), marker)
                .inheritIO().start();
        assertThat(starter.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(starter.exitValue()).isZero();

        LaunchedProcess survivor = LaunchedProcess.find("portal-api", pidFile, marker).orElseThrow();
        try {
            assertThat(survivor.isAlive()).isTrue();
            assertThat(session(survivor.pid())).as("its own session").isEqualTo(survivor.pid())
                    .isNotEqualTo(session(ProcessHandle.current().pid()));
        } finally {
            survivor.stop(Duration.ofSeconds(5));
        }
        assertThat(survivor.isAlive()).isFalse();
    }

    /** Starts a process that outlives this JVM, then exits: what {@code ./portal up} does. */
    public static final class Starter {
        public static void main(String[] args) {
            Path dir = Path.of(args[0]);
            LaunchedProcess.start("portal-api", loop("", args[1]), args[1], dir.resolve("logs/portal-api.log"),
                    dir.resolve("pids/portal-api.pid"), Lifetime.OUTLIVES_THIS_JVM, dir);
        }
    }

    private void awaitInLog(String text) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!(Files.exists(log()) && Files.readString(log()).contains(text)) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
    }

    private Path log() {
        return dir.resolve("logs/portal-api.log");
    }

    private LaunchedProcess start(List<String> command, Lifetime lifetime) {
        return LaunchedProcess.start("portal-api", command, marker, log(),
                dir.resolve("pids/portal-api.pid"), lifetime, dir);
    }

    /** A shell that runs until it is signalled, with {@code marker} as its $0 (so in its command line). */
    private static List<String> loop(String prelude, String marker) {
        return List.of("bash", "-c", prelude + "while true; do sleep 0.1; done", marker);
    }

    /** Field 6 of /proc/<pid>/stat: the session id. */
    private static long session(long pid) throws IOException {
        String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[3]);
    }
}
