package no.legekontor.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import no.legekontor.devtools.launch.ServiceInstance;

/** Resident memory from /proc/&lt;pid&gt;/status, and a sampler that keeps the highest value seen. */
final class Rss implements AutoCloseable {

    private final ServiceInstance[] services;
    private final double[] max;
    private final Thread thread;
    private volatile boolean running = true;

    Rss(ServiceInstance... services) {
        this.services = services;
        this.max = new double[services.length];
        this.thread = new Thread(this::sample, "rss-sampler");
        thread.setDaemon(true);
        thread.start();
    }

    private void sample() {
        while (running) {
            for (int i = 0; i < services.length; i++) {
                max[i] = Math.max(max[i], ofPid(services[i].pid().orElse(0L)));
            }
            Apps.sleep(250);
        }
    }

    /** The highest resident memory of the i-th service since the sampler started, in MB. */
    double max(int i) {
        return max[i];
    }

    @Override
    public void close() {
        running = false;
    }

    /** VmRSS of the process in MB, or 0 when it cannot be read (not Linux, process gone). */
    static double ofPid(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
                }
            }
        } catch (IOException | RuntimeException e) {
            return 0;
        }
        return 0;
    }
}
