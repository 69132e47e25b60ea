package no.legekontor.devtools.launch;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import no.legekontor.devtools.Postgres;

/**
 * {@code ./portal up}, {@code down} and {@code status}: the system on the developer's machine, on the
 * standard ports, outliving this command (state in {@code .portal/}: {@code logs/}, {@code pids/},
 * the broker's data in {@code kafka/}). Progress goes to stderr, the summary to stdout.
 *
 * <p>{@code PortalCommand up|down|status [--infra] [--state DIR] [--pg-host H] [--pg-port P] [--pg-user U]}
 */
public final class PortalCommand {

    static final int KAFKA_PORT = 9092;
    static final int KAFKA_CONTROLLER_PORT = 9093;
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(120);

    private final SystemLauncher launcher;
    private final Postgres postgres;
    private final PrintStream out;
    private final PrintStream err;

    PortalCommand(Path state, Postgres postgres, PrintStream out, PrintStream err) {
        this.postgres = postgres;
        this.out = out;
        this.err = err;
        this.launcher = new SystemLauncher(new LaunchSettings(state)
                .lifetime(Lifetime.OUTLIVES_THIS_JVM)
                .postgres(postgres)
                .kafka(state.resolve("kafka"), KAFKA_PORT, KAFKA_CONTROLLER_PORT)
                .standardPorts());
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
        Path state = Path.of(".portal");
        Postgres defaults = Postgres.fromEnvironment();
        String host = defaults.host();
        int port = defaults.port();
        String user = defaults.user();
        boolean infraOnly = false;
        try {
            for (int i = 1; i < args.length; i++) {
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
        PortalCommand portal = new PortalCommand(state, new Postgres(host, port, user), out, err);
        try {
            return switch (command) {
                case "up" -> portal.up(infraOnly);
                case "down" -> portal.down();
                case "status" -> portal.status();
                default -> {
                    err.println("usage: PortalCommand up [--infra]|down|status [--state DIR] [--pg-host H]"
                            + " [--pg-port P] [--pg-user U]");
                    yield 2;
                }
            };
        } catch (RuntimeException e) {
            err.println("error: " + e.getMessage());
            return 1;
        }
    }

    int up(boolean infraOnly) {
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
        }
        out.println();
        out.println("PostgreSQL  " + postgres.host() + ":" + postgres.port() + " (databases portal, inbox; user "
                + postgres.user() + ")");
        out.println("Kafka       " + kafka());
        if (!infraOnly) {
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
        err.println("PostgreSQL on " + postgres.host() + ":" + postgres.port() + " is left running.");
        return 0;
    }

    int status() {
        line("postgresql", (answers() ? "answering on " : "not answering on ") + postgres.host() + ":" + postgres.port());
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

    private void line(String name, String text) {
        out.printf("%-14s %s%n", name, text);
    }

    private String kafka() {
        return "127.0.0.1:" + KAFKA_PORT;
    }

    private boolean answers() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(postgres.host(), postgres.port()), 3000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static String value(String[] args, int i) {
        if (i >= args.length) {
            throw new IllegalArgumentException(args[i - 1] + " needs a value");
        }
        return args[i];
    }
}
