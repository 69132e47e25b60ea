package no.legekontor.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import no.legekontor.devtools.KafkaBroker;
import no.legekontor.devtools.Postgres;
import no.legekontor.devtools.Setting;
import no.legekontor.devtools.launch.LaunchSettings;
import no.legekontor.devtools.launch.Service;
import no.legekontor.devtools.launch.ServiceInstance;
import no.legekontor.devtools.launch.SystemLauncher;

/**
 * {@code ./portal bench}: the whole system on this machine against the machine's own limits. See
 * bench/README.md for what it measures and how to read the table.
 */
public final class Bench {

    /**
     * Appended to the run's database names (system property or environment {@code BENCH_DB_SUFFIX},
     * default none), so that two runs on the same PostgreSQL server, from two checkouts, do not drop
     * each other's databases.
     */
    static final String DB_SUFFIX = databaseSuffix();
    static final String PORTAL_DB = "portal_bench" + DB_SUFFIX;
    static final String INBOX_DB = "inbox_bench" + DB_SUFFIX;

    private final Options options;
    private final Path root;
    private final Path out;
    private final Path logs;
    private final ObjectMapper json = new ObjectMapper();
    private final Report report = new Report();

    private Postgres postgres;
    private String pgHost;
    private int pgPort;
    private String pgUser;
    private SystemLauncher system;
    private KafkaBroker broker;
    private ServiceInstance portal;
    private ServiceInstance inbox;
    private DataSet data;

    private Bench(Options options) {
        this.options = options;
        this.root = LaunchSettings.repositoryRoot();
        this.out = root.resolve("target/bench");
        this.logs = out.resolve("logs");
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        int status = new Bench(options).run();
        System.exit(status);
    }

    private int run() throws Exception {
        Files.createDirectories(logs);
        long began = System.nanoTime();
        postgres = Postgres.fromEnvironment(); // TEST_PG_HOST / _PORT / _USER, else this checkout's own server
        pgHost = postgres.host();
        pgPort = postgres.port();
        pgUser = postgres.user();
        report.machine = Machine.describe(postgres.jdbcUrl("postgres"), pgUser);
        say("Machine: " + report.machine);
        report.loadBefore = loadAverage();
        if (Double.parseDouble(report.loadBefore.split(" ")[0]) > 1.0) {
            say("WARNING: the machine is not idle (load average " + report.loadBefore + "): the figures will show it");
        }
        try {
            step("Kafka broker (own, on free ports)");
            system = new SystemLauncher(launchSettings());
            broker = system.broker();
            broker.start();
            ceilings();
            startServices();
            seed();
            measure();
        } finally {
            step("Stopping");
            if (system != null) {
                system.close();
            }
            if (!options.keepDatabases) {
                for (String db : List.of(PORTAL_DB, INBOX_DB, Ceilings.DATABASE)) {
                    try {
                        postgres.dropIfExists(db);
                    } catch (RuntimeException e) {
                        say("Could not drop " + db + ": " + e.getMessage());
                    }
                }
            }
        }
        report.put("bench_duration_s", (System.nanoTime() - began) / 1e9);
        report.loadAfter = loadAverage();
        String table = report.table();
        System.out.println();
        System.out.println(table);
        Files.writeString(out.resolve("latest.txt"), table);
        json.enable(SerializationFeature.INDENT_OUTPUT);
        String figures = json.writeValueAsString(report.figures);
        Files.writeString(out.resolve("latest.json"), figures + "\n");
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        Files.writeString(out.resolve("bench-" + stamp + ".json"), figures + "\n");
        say("Figures: " + out.resolve("latest.json") + "   logs: " + logs);
        return 0;
    }

    // ------------------------------------------------------------------------------------------

    private void ceilings() throws Exception {
        step("Ceiling: PostgreSQL one-row insert transactions (pgbench, ~1 KB row, indexed table)");
        Path script = Ceilings.preparePgbench(postgres, out.resolve("work"));
        int seconds = options.scaled(15);
        double c8 = Ceilings.pgbench(pgHost, pgPort, pgUser, script, 8, seconds, logs.resolve("pgbench-c8.log"));
        double c32 = Ceilings.pgbench(pgHost, pgPort, pgUser, script, 32, seconds, logs.resolve("pgbench-c32.log"));
        report.put("pg_insert_c8_tps", c8);
        report.put("pg_insert_c32_tps", c32);
        say(String.format("  pgbench: %.0f tps at c8, %.0f tps at c32", c8, c32));
        postgres.dropIfExists(Ceilings.DATABASE);

        step("Disk: commit latency (pg_test_fsync, fdatasync of one 8 kB write)");
        Path syncDir = Ceilings.besideTheDatabase(postgres, out.resolve("work"));
        double fdatasync = Ceilings.fdatasyncMicros(syncDir, logs.resolve("pg_test_fsync.log"));
        report.put("pg_fdatasync_us", fdatasync);
        say(String.format("  pg_test_fsync in %s: fdatasync %.0f us", syncDir, fdatasync));

        step("Ceiling: Kafka producer (ProducerPerformance, 1 KB records, acks=all)");
        double produced = Ceilings.kafkaProduce(KafkaBroker.defaultLibDir(), broker.bootstrapServers(),
                options.quick ? 100_000 : 300_000, logs.resolve("producer-performance.log"));
        report.put("kafka_produce_rps", produced);
        say(String.format("  ProducerPerformance: %.0f records/s", produced));
    }

    private void startServices() {
        step("Databases " + PORTAL_DB + ", " + INBOX_DB + " (dropped and created)");
        system.dropDatabases();
        system.createDatabases();
        step("Starting portal-api, then inbox-service (dev profile; one at a time, so each start has the machine)");
        say("  JVM options: " + String.join(" ", options.jvmOptions()));
        portal = system.start(Service.PORTAL_API, 1);
        double portalReady = seconds(portal.awaitReady(Duration.ofSeconds(120)));
        inbox = system.start(Service.INBOX_SERVICE, 1);
        double inboxReady = seconds(inbox.awaitReady(Duration.ofSeconds(120)));
        report.put("portal_ready_s", portalReady);
        report.put("inbox_ready_s", inboxReady);
        say(String.format("  ready: portal-api %.2f s, inbox-service %.2f s", portalReady, inboxReady));
    }

    /**
     * The system on its own broker (free ports) and databases, from copies of the services'
     * packages (see {@link Apps}), with the run's JVM options and configuration.
     */
    private LaunchSettings launchSettings() {
        LaunchSettings settings = new LaunchSettings(out).postgres(postgres)
                .database(Service.PORTAL_API, PORTAL_DB)
                .database(Service.INBOX_SERVICE, INBOX_DB)
                .jvmOptions(options.jvmOptions());
        // Each bench patient sends many e-consultations a day: R16's daily limits would refuse them (the
        // bench's --config can still set them).
        settings.config(Service.PORTAL_API, "portal.limits.e-consultations-per-day", "100000000")
                .config(Service.PORTAL_API, "portal.limits.office-messages-per-day", "100000000");
        for (Service service : Service.values()) {
            settings.app(service, Apps.snapshot(root, service.module(), out.resolve("apps")));
            options.serviceConfig.forEach((key, value) -> {
                if (key.startsWith(service.module() + ":")) {
                    settings.config(service, key.substring(service.module().length() + 1), value);
                }
            });
        }
        return settings;
    }

    private void seed() throws Exception {
        step("Data set: clinics, patients and their history, by COPY into both databases");
        long t = System.nanoTime();
        data = new DataSet();
        data.load(postgres.jdbcUrl(PORTAL_DB), postgres.jdbcUrl(INBOX_DB), pgUser);
        say(String.format("  %d clinics, %d patients, %d conversations, %d messages, %d inbox items in %.1f s",
                data.clinics.size(), data.clinics.size() * DataSet.PATIENTS_PER_CLINIC, data.conversations,
                data.messages, data.inboxItems, (System.nanoTime() - t) / 1e9));
        report.dataSet = String.format("%d clinics, %,d patients (FULL access, profile confirmed), %,d conversations,"
                + " %,d messages, %,d inbox items", data.clinics.size(),
                data.clinics.size() * DataSet.PATIENTS_PER_CLINIC, data.conversations, data.messages, data.inboxItems);
        report.put("patients", data.clinics.size() * DataSet.PATIENTS_PER_CLINIC);
        report.put("seeded_conversations", data.conversations);
    }

    private void measure() throws Exception {
        step("Tokens for " + (data.readers.size() + Math.min(data.submitters.size(), Requests.SUBMITTERS))
                + " patients and the GPs");
        Requests requests = Requests.build(data, portal.port(), inbox.port());
        Requests.check(portal.port(), requests.conversationReads.get(0), "total", DataSet.READER_CONVERSATIONS);
        Requests.check(inbox.port(), requests.inboxReads.get(0), "total", DataSet.INBOX_OPEN_ITEMS);

        Apps.sleep(3000);
        double portalRest = Rss.ofPid(portal.pid().orElseThrow());
        double inboxRest = Rss.ofPid(inbox.pid().orElseThrow());
        report.put("portal_rss_mb_rest", portalRest);
        report.put("inbox_rss_mb_rest", inboxRest);
        say(String.format("  resident at rest: portal-api %.0f MB, inbox-service %.0f MB", portalRest, inboxRest));

        SystemUnderTest sut = new SystemUnderTest(portal, inbox, broker, postgres, logs);
        try (Rss rss = new Rss(portal, inbox)) {
            ClosedPhases closed = new ClosedPhases(sut, options, report, requests);
            closed.reads();
            closed.submissions();
            // Only now: pg_notify serializes the commits of the transactions that call it.
            sut.installTriggers();
            new EndToEnd(sut, options, report, requests).run();
            report.put("portal_rss_mb_load", rss.max(0));
            report.put("inbox_rss_mb_load", rss.max(1));
        }
        report.put("portal_rss_mb_after", Rss.ofPid(portal.pid().orElseThrow()));
        report.put("inbox_rss_mb_after", Rss.ofPid(inbox.pid().orElseThrow()));
        // Last: its windows may leave the services with more threads and data than the phases above
        // were measured with.
        new Capacity(sut, options, report, requests.submissions).run();
    }

    private static double seconds(Duration duration) {
        return duration.toNanos() / 1e9;
    }

    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException e) {
            return "0 0 0";
        }
    }

    private static String databaseSuffix() {
        String suffix = Setting.of("BENCH_DB_SUFFIX", "");
        if (!suffix.matches("[a-z0-9_]*")) {
            throw new IllegalArgumentException("BENCH_DB_SUFFIX may hold a-z, 0-9 and _ only: " + suffix);
        }
        return suffix;
    }

    static void step(String text) {
        System.err.println("[" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("HH:mm:ss")) + "] " + text);
    }

    static void say(String text) {
        System.err.println("           " + text);
    }
}
