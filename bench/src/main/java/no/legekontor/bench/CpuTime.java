package no.legekontor.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * CPU time the kernel has charged to the system's processes (user + system, from
 * /proc/&lt;pid&gt;/stat), so that a phase can say what one request cost the whole machine rather
 * than how long it took. PostgreSQL is many processes: every process named {@code postgres} counts,
 * plus what the postmaster collected from children that exited (short-lived backends, autovacuum
 * workers), so nothing that ends during the phase is lost. Other users of the same PostgreSQL
 * server count too; the figure is meant for a quiet machine, like the rest of the table.
 */
final class CpuTime {

    private static final double MS_PER_TICK = 1000.0 / ticksPerSecond();

    private CpuTime() {
    }

    /** CPU milliseconds so far of the services, the broker and PostgreSQL. */
    record Snapshot(double portal, double inbox, double broker, double postgres) {

        static Snapshot take(long portalPid, long inboxPid, long brokerPid) {
            return new Snapshot(ofPid(portalPid), ofPid(inboxPid), ofPid(brokerPid), CpuTime.postgres());
        }
    }

    /** utime + stime of the process in ms, or 0 when it cannot be read (not Linux, process gone). */
    static double ofPid(long pid) {
        long[] ticks = ticks(Path.of("/proc", Long.toString(pid)));
        return ticks == null ? 0 : (ticks[0] + ticks[1]) * MS_PER_TICK;
    }

    /** All PostgreSQL processes, and the children the postmaster has reaped, in ms. */
    static double postgres() {
        Map<Long, long[]> processes = new HashMap<>();
        try (Stream<Path> entries = Files.list(Path.of("/proc"))) {
            for (Path dir : entries.filter(p -> p.getFileName().toString().matches("[0-9]+")).toList()) {
                if (isPostgres(dir)) {
                    long[] ticks = ticks(dir);
                    if (ticks != null) {
                        processes.put(Long.parseLong(dir.getFileName().toString()), ticks);
                    }
                }
            }
        } catch (IOException e) {
            return 0;
        }
        long total = 0;
        for (long[] ticks : processes.values()) {
            total += ticks[0] + ticks[1];
            boolean postmaster = !processes.containsKey(ticks[4]);
            if (postmaster) {
                total += ticks[2] + ticks[3];
            }
        }
        return total * MS_PER_TICK;
    }

    private static boolean isPostgres(Path dir) {
        try {
            if (Files.readString(dir.resolve("comm")).strip().equals("postgres")) {
                return true;
            }
            byte[] cmdline = Files.readAllBytes(dir.resolve("cmdline"));
            return new String(cmdline, StandardCharsets.UTF_8).startsWith("postgres:");
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * utime, stime, cutime, cstime (clock ticks) and the parent's pid, or null. The fields count
     * from after the command name, which is in parentheses and may itself hold spaces.
     */
    private static long[] ticks(Path dir) {
        try {
            String stat = Files.readString(dir.resolve("stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return new long[] {Long.parseLong(fields[11]), Long.parseLong(fields[12]), Long.parseLong(fields[13]),
                Long.parseLong(fields[14]), Long.parseLong(fields[1])};
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The kernel's clock ticks per second ({@code getconf CLK_TCK}; 100 on every usual Linux). */
    private static long ticksPerSecond() {
        try {
            Process process = new ProcessBuilder(List.of("getconf", "CLK_TCK")).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return process.waitFor() == 0 ? Long.parseLong(output) : 100;
        } catch (IOException | RuntimeException e) {
            return 100;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 100;
        }
    }
}
