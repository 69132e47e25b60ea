package no.legekontor.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.legekontor.devtools.KafkaUser;
import no.legekontor.devtools.Postgres;

/**
 * What the machine's PostgreSQL and Kafka can do on their own, measured in the same run as the
 * services, with their own tools: pgbench running one-row insert transactions (a ~1 KB row into an
 * indexed table, as an e-consultation is mostly one row of text) and Kafka's ProducerPerformance
 * (1 KB records, acks=all, like the outbox relay).
 */
final class Ceilings {

    static final String DATABASE = "bench_pgbench" + Bench.DB_SUFFIX;
    private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)");
    private static final Pattern PRODUCED = Pattern.compile("([0-9]+) records sent, ([0-9.]+) records/sec");
    /** pg_test_fsync's first fdatasync line: "one 8kB write", Linux's default wal_sync_method. */
    private static final Pattern FDATASYNC = Pattern.compile("\\n\\s+fdatasync\\s+([0-9.]+) ops/sec\\s+([0-9]+) usecs/op");

    private Ceilings() {
    }

    /** Creates the pgbench database and its table; returns the script's path. */
    static Path preparePgbench(Postgres postgres, Path workDir) throws SQLException, IOException {
        postgres.dropIfExists(DATABASE);
        postgres.create(DATABASE);
        try (Connection c = DataSet.connect(postgres.jdbcUrl(DATABASE), postgres.user());
                Statement statement = c.createStatement()) {
            statement.execute("""
                    create table insert_ceiling (
                        id         bigint generated always as identity primary key,
                        ref        uuid        not null,
                        created_at timestamptz not null default now(),
                        payload    text        not null)""");
            statement.execute("create index insert_ceiling_by_ref on insert_ceiling (ref, created_at)");
        }
        Files.createDirectories(workDir);
        Path script = workDir.resolve("insert-1kb.sql");
        // One transaction per statement (pgbench's default), like one e-consultation per request.
        Files.writeString(script, "insert into insert_ceiling (ref, payload) values (gen_random_uuid(), '"
                + "x".repeat(1000) + "');\n", StandardCharsets.UTF_8);
        return script;
    }

    /** pgbench at the given concurrency for the given seconds; returns transactions per second. */
    static double pgbench(String host, int port, String user, Path script, int clients, int seconds, Path log)
            throws IOException, InterruptedException {
        List<String> command = List.of(pgbenchExecutable(), "-h", host, "-p", Integer.toString(port), "-U", user,
                "-n", "-M", "prepared", "-c", Integer.toString(clients), "-j", "2", "-T", Integer.toString(seconds),
                "-f", script.toString(), DATABASE);
        String output = run(command, log, seconds + 60);
        Matcher m = TPS.matcher(output);
        if (!m.find()) {
            throw new IllegalStateException("pgbench printed no tps (see " + log + ")");
        }
        return Double.parseDouble(m.group(1));
    }

    /**
     * Kafka's ProducerPerformance: 1 KB records, acks=all, as fast as it goes, as the broker's super
     * user (its connection settings in a file beside the log); returns records per second.
     */
    static double kafkaProduce(Path kafkaLib, String bootstrap, int records, Path log)
            throws IOException, InterruptedException {
        Path connection = log.resolveSibling("producer-performance.properties");
        try (var out = Files.newBufferedWriter(connection)) {
            KafkaUser.ADMIN.clientProperties(bootstrap).store(out, "the bench's ProducerPerformance");
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", kafkaLib.toAbsolutePath() + "/*", "org.apache.kafka.tools.ProducerPerformance",
                "--topic", "bench.producer-performance", "--num-records", Integer.toString(records),
                "--record-size", "1024", "--throughput", "-1",
                "--producer.config", connection.toString(), "--producer-props", "acks=all"));
        String output = run(command, log, 300);
        Matcher m = PRODUCED.matcher(output);
        double last = -1;
        while (m.find()) {
            if (Long.parseLong(m.group(1)) == records) {
                last = Double.parseDouble(m.group(2));
            }
        }
        if (last < 0) {
            throw new IllegalStateException("ProducerPerformance printed no summary (see " + log + ")");
        }
        return last;
    }

    /**
     * The disk's commit latency: pg_test_fsync's fdatasync of one 8 kB write (what a commit waits
     * for with {@code wal_sync_method=fdatasync}, Linux's default), in a file in {@code dir}, which
     * should be on the database's disk; returns microseconds per sync. Runs on another machine
     * compare by it: a pipeline that waits for one commit per step is bounded by it.
     */
    static double fdatasyncMicros(Path dir, Path log) throws IOException, InterruptedException {
        Path file = dir.resolve("bench-pg_test_fsync.tmp");
        try {
            String output = run(List.of(postgresTool("pg_test_fsync"), "-s", "2", "-f", file.toString()), log, 120);
            Matcher m = FDATASYNC.matcher(output);
            if (!m.find()) {
                throw new IllegalStateException("pg_test_fsync printed no fdatasync line (see " + log + ")");
            }
            return Double.parseDouble(m.group(2));
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /**
     * A directory on the database's disk for pg_test_fsync: the parent of the server's data
     * directory when this machine has it and may write there, else {@code fallback}.
     */
    static Path besideTheDatabase(Postgres postgres, Path fallback) throws IOException {
        try (Connection c = DataSet.connect(postgres.jdbcUrl("postgres"), postgres.user());
                Statement statement = c.createStatement();
                ResultSet rows = statement.executeQuery("show data_directory")) {
            rows.next();
            Path parent = Path.of(rows.getString(1)).getParent();
            if (parent != null && Files.isDirectory(parent) && Files.isWritable(parent)) {
                return parent;
            }
        } catch (SQLException notAllowed) {
            // data_directory needs superuser or pg_read_all_settings: measure where the bench writes
        }
        Files.createDirectories(fallback);
        return fallback;
    }

    static String pgbenchExecutable() {
        return postgresTool("pgbench");
    }

    /** A PostgreSQL client program (pgbench, pg_test_fsync): on the PATH, else the newest /usr/lib/postgresql/N/bin. */
    private static String postgresTool(String name) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (Files.isExecutable(Path.of(dir, name))) {
                return Path.of(dir, name).toString();
            }
        }
        try (var versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            return versions.map(v -> v.resolve("bin/" + name)).filter(Files::isExecutable)
                    .sorted((a, b) -> b.compareTo(a)).findFirst().map(Path::toString)
                    .orElseThrow(() -> new IllegalStateException(name + " not found"));
        } catch (IOException e) {
            throw new IllegalStateException(name + " not found (install postgresql-contrib or postgresql-client)");
        }
    }

    private static String run(List<String> command, Path log, long timeoutSeconds)
            throws IOException, InterruptedException {
        Files.createDirectories(log.getParent());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException(command.get(0) + " did not finish in " + timeoutSeconds + " s");
        }
        String output = Files.readString(log);
        if (process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command.subList(0, 1)) + " failed (see " + log + ")");
        }
        return output;
    }
}
