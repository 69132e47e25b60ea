package no.legekontor.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.legekontor.devtools.launch.LaunchSettings;

/** The command-line options of {@code ./portal bench}. */
final class Options {

    boolean quick;
    boolean keepDatabases;
    boolean jfr;
    double rate = 200;
    int readUsers = 8;
    /** The services' JVM options: as ./portal up and the system tests run them unless --jvm says otherwise. */
    List<String> jvm = new ArrayList<>(LaunchSettings.SERVICE_JVM);
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
