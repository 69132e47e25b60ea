package no.legekontor.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The command-line options of {@code ./portal bench}. */
final class Options {

    boolean quick;
    boolean keepDatabases;
    boolean jfr;
    double rate = 200;
    int readUsers = 8;
    /*
     * The services' JVM on a 2-core machine: Serial GC (no concurrent GC threads competing with
     * request threads, no G1 remembered sets: the smallest native footprint; young pauses on a
     * heap this size take a few ms) and a small heap. Native Memory Tracking in an earlier run
     * showed where the resident memory goes: ~92 MB class metadata, ~44 MB JIT code, ~22 MB
     * symbols, ~14 MB compiler arenas, next to the heap; the live heap stayed under 60 MB. The
     * default heap (1/4 of RAM, and ServiceProcess's -Xmx256m with an initial heap of 1/64 of
     * RAM) lets the heap alone fill the 250 MB budget.
     */
    List<String> jvm = new ArrayList<>(List.of("-XX:+UseSerialGC", "-Xms32m", "-Xmx128m"));
    Map<String, String> serviceConfig = new LinkedHashMap<>();

    static Options parse(String[] args) {
        Options o = new Options();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--quick" -> o.quick = true;
                case "--keep" -> o.keepDatabases = true;
                case "--jfr" -> o.jfr = true;
                case "--rate" -> o.rate = Double.parseDouble(args[++i]);
                case "--read-users" -> o.readUsers = Integer.parseInt(args[++i]);
                case "--jvm" -> o.jvm = new ArrayList<>(List.of(args[++i].trim().split("\\s+")));
                case "--config" -> {
                    String[] kv = args[++i].split("=", 2);
                    o.serviceConfig.put(kv[0], kv[1]);
                }
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + " (--quick, --keep, --jfr, --rate N, --read-users N, --jvm \"OPTIONS\", --config portal-api|inbox-service:key=value)");
            }
        }
        return o;
    }

    int scaled(int seconds) {
        return quick ? Math.max(3, seconds / 3) : seconds;
    }

    List<String> jvmOptions() {
        List<String> all = new ArrayList<>(jvm);
        if (jfr) {
            all.add("-XX:StartFlightRecording=settings=profile,dumponexit=true,filename="
                    + Path.of("target/bench/logs").toAbsolutePath() + "/");
        }
        return all;
    }
}
