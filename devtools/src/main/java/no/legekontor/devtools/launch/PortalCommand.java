package no.legekontor.devtools.launch;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import no.legekontor.devtools.Postgres;
import no.legekontor.devtools.PostgresServer;

/**
 * {@code ./portal up}, {@code down} and {@code status}: the system on the developer's machine, on the
 * standard ports, outliving this command (state in {@code .portal/}: {@code logs/}, {@code pids/},
 * the broker's data in {@code kafka/}, this checkout's PostgreSQL server in {@code postgres/}).
 * Progress goes to stderr, the summary to stdout. {@code postgres start|stop} starts or stops the
 * checkout's PostgreSQL server alone ({@code ./portal test}).
 *
 * <p>{@code PortalCommand up|down|status|postgres start|postgres stop [--infra] [--state DIR]
 * [--pg-host H] [--pg-port P] [--pg-user U]}: with none of the {@code --pg-} options, the databases
 * live on the checkout's own server ({@link PostgresServer}), which {@code up} starts and
 * {@code down} stops; with them, on that server, which is never started or stopped.
 */
public final class PortalCommand {

    static final int KAFKA_PORT = 9092;
    static final int KAFKA_CONTROLLER_PORT = 9093;
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(120);

    private final LaunchSettings settings;
    private final SystemLauncher launcher;
    /** The checkout's own server, or null when an external one is configured. */
    private final PostgresServer localServer;
    private final Postgres external;
    private final PrintStream out;
    private final PrintStream err;

    PortalCommand(Path state, Postgres external, PrintStream out, PrintStream err) {
        this.external = external;
        this.localServer = external == null ? PostgresServer.in(state) : null;
        this.out = out;
        this.err = err;
        this.settings = new LaunchSettings(state)
                .lifetime(Lifetime.OUTLIVES_THIS_JVM)
                .kafka(state.resolve("kafka"), KAFKA_PORT, KAFKA_CONTROLLER_PORT)
                .standardPorts();
        if (external != null) {
            settings.postgres(external);
        }
        this.launcher = new SystemLauncher(settings);
    }

    public static void main(String[] args) {
        if (System.getProperty("org.slf4j.simpleLogger.log.org.apache.kafka") == null) {
            // the admin client's connection retries while the broker starts are not news
            System.setProperty("org.slf4j.simpleLogger.log.org.apache.kafka", "error");
        }
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        String command = args.length == 0 ? "" : args[0];
        int first = 1;
        if (command.equals("postgres")) {
            command = "postgres " + (args.length > 1 ? args[1] : "");
            first = 2;
        }
        Path state = Path.of(".portal");
        String host = null;
        Integer port = null;
        String user = null;
        boolean infraOnly = false;
        try {
            for (int i = first; i < args.length; i++) {
                switch (args[i]) {
                    case "--infra" -> infraOnly = true;
                    case "--state" -> state = Path.of(value(args, ++i));
                    case "--pg-host" -> host = value(args, ++i);
                    case "--pg-port" -> port = Integer.parseInt(value(args, ++i));
                    case "--pg-user" -> user = value(args, ++i);
                    default -> throw new IllegalArgumentException("unknown option for " + command + ": " + args[i]);
                }
            }
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage() + " (see ./portal help)");
            return 2;
        }
        Postgres external = host == null && port == null ? null
                : new Postgres(host == null ? "127.0.0.1" : host, port == null ? 5432 : port,
                        user == null ? PostgresServer.USER : user);
        try {
            PortalCommand portal = new PortalCommand(state, external, out, err);
            return switch (command) {
                case "up" -> portal.up(infraOnly);
                case "down" -> portal.down();
                case "reset" -> portal.reset();
                case "status" -> portal.status();
                case "postgres start" -> portal.startPostgres();
                case "postgres stop" -> portal.stopPostgres();
                default -> {
                    err.println("usage: PortalCommand up [--infra]|down|reset|status|postgres start|postgres stop"
                            + " [--state DIR] [--pg-host H] [--pg-port P] [--pg-user U]");
                    yield 2;
                }
            };
        } catch (RuntimeException e) {
            err.println("error: " + e.getMessage());
            return 1;
        }
    }

    int up(boolean infraOnly) {
        Postgres postgres = postgres();
        for (Map.Entry<String, Boolean> database : launcher.createDatabases().entrySet()) {
            err.println(database.getValue() ? "created database " + database.getKey()
                    : "database " + database.getKey() + " exists");
        }
        if (launcher.broker().isRunning()) {
            err.println("Kafka already running (pid " + launcher.broker().pid().orElse(0L) + ") on " + kafka());
        } else {
            err.println("Starting Kafka on " + kafka());
            launcher.broker().start();
        }
        if (!infraOnly) {
            List<ServiceInstance> services = List.of(launcher.replica(Service.PORTAL_API, 1),
                    launcher.replica(Service.INBOX_SERVICE, 1));
            for (ServiceInstance service : services) {
                if (service.isRunning()) {
                    err.println(service.name() + " already running (pid " + service.pid().orElse(0L) + ") on :"
                            + service.port());
                } else {
                    err.println("Starting " + service.name() + " on :" + service.port());
                    service.start();
                }
            }
            for (ServiceInstance service : services) {
                service.awaitReady(READY_TIMEOUT);
            }
            DemoStaff.awaitAdmitted(services.get(1), READY_TIMEOUT);
        }
        out.println();
        out.println("PostgreSQL  " + postgres.host() + ":" + postgres.port() + " (databases portal, inbox; user "
                + postgres.user() + (localServer == null ? ")" : "; this checkout's server, " + localServer.home() + ")"));
        out.println("Kafka       " + kafka());
        if (infraOnly) {
            out.println("Run a service on them: QUARKUS_DATASOURCE_JDBC_URL=" + postgres.jdbcUrl("portal")
                    + " ./mvnw -pl portal-api quarkus:dev   (inbox-service: " + postgres.jdbcUrl("inbox") + ")");
        } else {
            out.println("""
                    portal-api     http://localhost:8080/q/swagger-ui   (health, metrics: http://localhost:9080/q/health, /q/metrics)
                    inbox-service  http://localhost:8081/q/swagger-ui   (health, metrics: http://localhost:9081/q/health, /q/metrics)

                    Tokens (dev profile only):
                      ./portal token patient 14838510036
                      ./portal token staff --hpr 9100001 --role gp --clinic 910000004
                      ./portal token integration --clinic 910000004
                      curl -H "Authorization: Bearer $(./portal token patient 14838510036)" http://localhost:8080/api/v1/me""");
        }
        out.println("Logs: ./portal logs [name]   Stop: ./portal down");
        return 0;
    }

    int down() {
        for (String name : launcher.stopServices()) {
            err.println("Stopped " + name);
        }
        if (launcher.broker().isRunning()) {
            launcher.broker().stop();
            err.println("Stopped Kafka");
        }
        if (localServer == null) {
            err.println("PostgreSQL on " + external.host() + ":" + external.port() + " is left running.");
        } else {
            stopPostgres();
        }
        return 0;
    }

    /**
     * A clean slate, then {@code up}: the services and Kafka stopped, the broker's data deleted, the
     * databases dropped; the services then create them again with exactly the demo data.
     */
    int reset() {
        postgres();
        for (String name : launcher.stopServices()) {
            err.println("Stopped " + name);
        }
        launcher.reset();
        err.println("Deleted Kafka's data (" + launcher.broker().dataDir() + ") and dropped the databases "
                + String.join(", ", launcher.database(Service.PORTAL_API), launcher.database(Service.INBOX_SERVICE)));
        return up(false);
    }

    int status() {
        if (localServer == null) {
            line("postgresql", (external.answers() ? "answering on " : "not answering on ") + external.host() + ":"
                    + external.port());
        } else {
            line("postgresql", localServer.pid().map(pid -> "running (pid " + pid + ") on 127.0.0.1:" + localServer.port()
                    + ", " + localServer.home()).orElse("stopped"));
        }
        line("kafka", launcher.broker().pid().map(pid -> "running (pid " + pid + ") on " + kafka()).orElse("stopped"));
        List<ServiceInstance> running = launcher.running();
        for (Service service : Service.values()) {
            List<ServiceInstance> replicas = running.stream().filter(r -> r.service() == service).toList();
            if (replicas.isEmpty()) {
                line(service.module(), "stopped");
            }
            for (ServiceInstance replica : replicas) {
                line(replica.name(), "running (pid " + replica.pid().orElse(0L) + ") on http://localhost:"
                        + replica.port() + " (management :" + replica.managementPort() + "), "
                        + (replica.isReady() ? "ready" : "not ready"));
            }
        }
        return 0;
    }

    /** Starts the checkout's server unless it runs; prints {@code started} or {@code running} and its port. */
    int startPostgres() {
        if (localServer == null) {
            err.println("error: an external PostgreSQL server is configured; nothing to start");
            return 2;
        }
        boolean started = localServer.start();
        out.println((started ? "started" : "running") + " 127.0.0.1:" + localServer.port());
        return 0;
    }

    /** Stops the checkout's server unless another client is connected to it. */
    int stopPostgres() {
        if (localServer == null) {
            err.println("error: an external PostgreSQL server is configured; nothing to stop");
            return 2;
        }
        if (!localServer.isRunning()) {
            return 0;
        }
        if (localServer.stopUnlessInUse()) {
            err.println("Stopped PostgreSQL");
        } else {
            err.println("PostgreSQL (127.0.0.1:" + localServer.port() + ") is left running: other clients are"
                    + " connected to it (tests? another ./portal up?). ./portal down stops it later.");
        }
        return 0;
    }

    /** The configured server, or the checkout's own, started unless it runs. */
    private Postgres postgres() {
        if (localServer == null) {
            return external;
        }
        if (localServer.start()) {
            err.println("Started PostgreSQL on 127.0.0.1:" + localServer.port() + " (" + localServer.home() + ")");
        } else {
            err.println("PostgreSQL already running (pid " + localServer.pid().orElse(0L) + ") on 127.0.0.1:"
                    + localServer.port());
        }
        Postgres local = localServer.client();
        settings.postgres(local);
        return local;
    }

    private void line(String name, String text) {
        out.printf("%-14s %s%n", name, text);
    }

    private String kafka() {
        return "127.0.0.1:" + KAFKA_PORT;
    }

    private static String value(String[] args, int i) {
        if (i >= args.length) {
            throw new IllegalArgumentException(args[i - 1] + " needs a value");
        }
        return args[i];
    }
}
