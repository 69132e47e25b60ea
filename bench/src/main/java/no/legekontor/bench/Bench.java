package no.legekontor.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import no.legekontor.devtools.DevTokens;
import no.legekontor.devtools.KafkaBroker;
import no.legekontor.devtools.Postgres;
import no.legekontor.devtools.launch.LaunchSettings;
import no.legekontor.devtools.launch.Service;
import no.legekontor.devtools.launch.ServiceInstance;
import no.legekontor.devtools.launch.SystemLauncher;
import org.HdrHistogram.Histogram;

/**
 * {@code ./portal bench}: the whole system on this machine against the machine's own limits. See
 * bench/README.md for what it measures and how to read the table.
 */
public final class Bench {

    static final String PORTAL_DB = "portal_bench";
    static final String INBOX_DB = "inbox_bench";

    private final Options options;
    private final Path root;
    private final Path out;
    private final Path logs;
    private final ObjectMapper json = new ObjectMapper();
    private final Report report = new Report();
    private final Random random = new Random(7);

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
        this.root = repositoryRoot();
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
        pgHost = setting("TEST_PG_HOST", "127.0.0.1");
        pgPort = Integer.parseInt(setting("TEST_PG_PORT", "5432"));
        pgUser = setting("TEST_PG_USER", "postgres");
        postgres = new Postgres(pgHost, pgPort, pgUser);
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
        String portalHost = "127.0.0.1:" + portal.port();
        String inboxHost = "127.0.0.1:" + inbox.port();

        step("Tokens for " + (data.readers.size() + Math.min(data.submitters.size(), 2000)) + " patients and the GPs");
        List<byte[]> conversationReads = new ArrayList<>();
        for (DataSet.Person reader : data.readers) {
            conversationReads.add(HttpConnection.get(portalHost, "/api/v1/conversations?size=50",
                    DevTokens.patient(reader.nationalId())));
        }
        List<byte[]> submissions = new ArrayList<>();
        for (DataSet.Person p : data.submitters.subList(0, Math.min(data.submitters.size(), 2000))) {
            String body = json.writeValueAsString(Map.of(
                    "subject", DataSet.SUBJECTS[random.nextInt(DataSet.SUBJECTS.length)],
                    "body", DataSet.BODIES[random.nextInt(DataSet.BODIES.length)],
                    "acceptFee", true, "confirmNotUrgent", true));
            submissions.add(HttpConnection.post(portalHost, "/api/v1/e-consultations", DevTokens.patient(p.nationalId()),
                    body));
        }
        java.util.Collections.shuffle(submissions, random);
        List<byte[]> inboxReads = new ArrayList<>();
        for (String hpr : data.inboxClinic.gpHprs()) {
            inboxReads.add(HttpConnection.get(inboxHost, "/api/v1/inbox?status=OPEN&size=50",
                    DevTokens.staff(hpr, "gp", data.inboxClinic.orgNumber(), "Fastlege " + hpr)));
        }
        Map<String, String> gpTokenByClinic = new LinkedHashMap<>();
        for (DataSet.Clinic clinic : data.clinics) {
            String hpr = clinic.gpHprs().get(0);
            gpTokenByClinic.put(clinic.orgNumber(), DevTokens.staff(hpr, "gp", clinic.orgNumber(), "Fastlege " + hpr));
        }

        check(portal.port(), conversationReads.get(0), "total", DataSet.READER_CONVERSATIONS);
        check(inbox.port(), inboxReads.get(0), "total", DataSet.INBOX_OPEN_ITEMS);

        Apps.sleep(3000);
        double portalRest = Rss.ofPid(portal.pid().orElseThrow());
        double inboxRest = Rss.ofPid(inbox.pid().orElseThrow());
        report.put("portal_rss_mb_rest", portalRest);
        report.put("inbox_rss_mb_rest", inboxRest);
        say(String.format("  resident at rest: portal-api %.0f MB, inbox-service %.0f MB", portalRest, inboxRest));

        try (Rss rss = new Rss(portal, inbox)) {
            int readUsers = options.readUsers;
            step("Reads: GET /api/v1/conversations?size=50 (patients with 50 conversations), " + readUsers + " users");
            Load.Result conv = Load.closed("conversations", "127.0.0.1", portal.port(), readUsers,
                    Duration.ofSeconds(options.scaled(10)), Duration.ofSeconds(options.scaled(20)),
                    i -> new Load.Call(conversationReads.get(i % conversationReads.size()), 200));
            report.result("conversations_read", conv);

            step("Reads: GET /api/v1/inbox?status=OPEN&size=50 (clinic with 1,000 open items), " + readUsers + " users");
            Load.Result inboxList = Load.closed("inbox", "127.0.0.1", inbox.port(), readUsers,
                    Duration.ofSeconds(options.scaled(10)), Duration.ofSeconds(options.scaled(20)),
                    i -> new Load.Call(inboxReads.get(i % inboxReads.size()), 200));
            report.result("inbox_read", inboxList);

            for (int users : new int[] {8, 32}) {
                step("Submissions: POST /api/v1/e-consultations, " + users + " users");
                Load.Result submit = Load.closed("submit-c" + users, "127.0.0.1", portal.port(), users,
                        Duration.ofSeconds(options.scaled(users == 8 ? 10 : 5)), Duration.ofSeconds(options.scaled(30)),
                        i -> new Load.Call(submissions.get(i % submissions.size()), 201));
                report.result("submit_c" + users, submit);
                double drained = drain();
                report.put("submit_c" + users + "_drain_s", drained);
                say(String.format("  the pipeline (relay, inbox consumer, RequestReceived back) caught up %.1f s after"
                        + " the phase", drained));
            }

            endToEnd(gpTokenByClinic, submissions);
            report.put("portal_rss_mb_load", rss.max(0));
            report.put("inbox_rss_mb_load", rss.max(1));
        }
        report.put("portal_rss_mb_after", Rss.ofPid(portal.pid().orElseThrow()));
        report.put("inbox_rss_mb_after", Rss.ofPid(inbox.pid().orElseThrow()));
    }

    private void endToEnd(Map<String, String> gpTokenByClinic, List<byte[]> submissions) throws Exception {
        double rate = options.rate;
        String portalUrl = postgres.jdbcUrl(PORTAL_DB);
        String inboxUrl = postgres.jdbcUrl(INBOX_DB);
        Arrivals.installTrigger(inboxUrl, pgUser, "inbox_item", "bench_inbox",
                "new.conversation_id::text || ' ' || new.id::text || ' ' || new.clinic_org", "true");
        Arrivals.installTrigger(portalUrl, pgUser, "conversation_message", "bench_reply", "new.id::text",
                "new.sender = 'CLINIC'");
        Arrivals.Matcher inInbox = new Arrivals.Matcher();
        Arrivals.Matcher atPatient = new Arrivals.Matcher();
        List<String[]> arrivedItems = java.util.Collections.synchronizedList(new ArrayList<>());
        try (Arrivals items = new Arrivals(inboxUrl, pgUser, "bench_inbox", (payload, at) -> {
                String[] parts = payload.split(" ");
                arrivedItems.add(parts);
                inInbox.arrived(parts[0], at);
            });
                Arrivals replies = new Arrivals(portalUrl, pgUser, "bench_reply", atPatient::arrived)) {
            int seconds = options.scaled(60);
            step(String.format("End to end: %.0f submissions/s for %d s (open model), until each is in the inbox", rate,
                    seconds));
            Load.Result submitted = Load.open("e2e-submit", "127.0.0.1", portal.port(), rate, Duration.ofSeconds(seconds),
                    64, i -> new Load.Call(submissions.get(i % submissions.size()), 201,
                            (response, due) -> inInbox.due(field(response, "id"), due)));
            report.result("e2e_submit_http", submitted);
            awaitArrivals(inInbox, submitted.ok());
            Histogram e2e = inInbox.histogram();
            report.put("e2e_rate", submitted.ok() / submitted.seconds());
            report.latency("e2e", e2e);
            report.put("e2e_arrived", inInbox.matched());
            report.put("e2e_missing", submitted.ok() - inInbox.matched());
            say(String.format("  in the inbox: %d of %d; p50 %.1f ms, p99 %.1f ms, max %.1f ms", inInbox.matched(),
                    submitted.ok(), Load.percentileMs(e2e, 50), Load.percentileMs(e2e, 99), e2e.getMaxValue() / 1000.0));
            drain();

            List<String[]> targets = new ArrayList<>(arrivedItems);
            int replySeconds = options.scaled(45);
            step(String.format("End to end: %.0f replies/s for %d s (open model, GPs), until each is in the patient's"
                    + " conversation", rate, replySeconds));
            List<byte[]> replyRequests = new ArrayList<>();
            for (int i = 0; i < (int) (rate * replySeconds); i++) {
                String[] item = targets.get(i % targets.size());
                String body = json.writeValueAsString(Map.of("body", DataSet.REPLIES[i % DataSet.REPLIES.length]));
                replyRequests.add(HttpConnection.post("127.0.0.1:" + inbox.port(), "/api/v1/inbox/" + item[1] + "/replies",
                        gpTokenByClinic.get(item[2]), body));
            }
            Load.Result replied = Load.open("e2e-reply", "127.0.0.1", inbox.port(), rate, Duration.ofSeconds(replySeconds),
                    64, i -> new Load.Call(replyRequests.get(i % replyRequests.size()), 201,
                            (response, due) -> atPatient.due(field(response, "id"), due)));
            report.result("reply_http", replied);
            awaitArrivals(atPatient, replied.ok());
            Histogram replyE2e = atPatient.histogram();
            report.put("reply_e2e_rate", replied.ok() / replied.seconds());
            report.latency("reply_e2e", replyE2e);
            report.put("reply_e2e_arrived", atPatient.matched());
            report.put("reply_e2e_missing", replied.ok() - atPatient.matched());
            say(String.format("  at the patient: %d of %d; p50 %.1f ms, p99 %.1f ms, max %.1f ms", atPatient.matched(),
                    replied.ok(), Load.percentileMs(replyE2e, 50), Load.percentileMs(replyE2e, 99),
                    replyE2e.getMaxValue() / 1000.0));
        }
    }

    private static void awaitArrivals(Arrivals.Matcher matcher, long expected) {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (matcher.matched() < expected && System.nanoTime() < deadline) {
            Apps.sleep(50);
        }
    }

    /** Waits until every request is through the pipeline: both outboxes empty, nothing SUBMITTED. */
    private double drain() throws SQLException {
        long start = System.nanoTime();
        long deadline = start + Duration.ofSeconds(300).toNanos();
        try (Connection portalDb = DataSet.connect(postgres.jdbcUrl(PORTAL_DB), pgUser);
                Connection inboxDb = DataSet.connect(postgres.jdbcUrl(INBOX_DB), pgUser)) {
            while (System.nanoTime() < deadline) {
                long pending = count(portalDb, "select count(*) from outbox_event")
                        + count(portalDb, "select count(*) from conversation where status = 'SUBMITTED'")
                        + count(inboxDb, "select count(*) from outbox_event");
                if (pending == 0) {
                    return (System.nanoTime() - start) / 1e9;
                }
                Apps.sleep(100);
            }
        }
        throw new IllegalStateException("The pipeline did not catch up within 300 s: see " + logs);
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private void check(int port, byte[] request, String field, long expected) throws IOException {
        try (HttpConnection connection = new HttpConnection("127.0.0.1", port)) {
            HttpConnection.Response response = connection.exchange(request);
            if (response.status() != 200) {
                throw new IllegalStateException("Sanity check failed: HTTP " + response.status() + " "
                        + Load.abbreviate(response.text()));
            }
            long actual = json.readTree(response.body()).path(field).asLong(-1);
            if (actual != expected) {
                throw new IllegalStateException("Sanity check failed: " + field + " is " + actual + ", not " + expected);
            }
        }
    }

    private String field(HttpConnection.Response response, String name) {
        try {
            JsonNode node = json.readTree(response.body());
            return node.path(name).asText();
        } catch (IOException e) {
            throw new IllegalStateException("Unreadable answer: " + Load.abbreviate(response.text()), e);
        }
    }

    private static double seconds(Duration duration) {
        return duration.toNanos() / 1e9;
    }

    private static Path repositoryRoot() {
        Path candidate = Path.of("").toAbsolutePath();
        while (candidate != null) {
            if (Files.isDirectory(candidate.resolve("portal-api")) && Files.isDirectory(candidate.resolve("bench"))) {
                return candidate;
            }
            candidate = candidate.getParent();
        }
        throw new IllegalStateException("Run from inside the repository");
    }

    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException e) {
            return "0 0 0";
        }
    }

    private static String setting(String name, String fallback) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            value = System.getenv(name);
        }
        return value == null || value.isBlank() ? fallback : value;
    }

    private static long phaseStart;

    static void step(String text) {
        phaseStart = System.nanoTime();
        System.err.println("[" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("HH:mm:ss")) + "] " + text);
    }

    static void say(String text) {
        System.err.println("           " + text);
    }

    /** Command-line options. */
    static final class Options {
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
}
