package no.legekontor.devtools;

import java.util.Map;
import java.util.UUID;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Gives a Quarkus test application its own fresh PostgreSQL database and drops it afterwards.
 *
 * <p>Why a database per run instead of a fixed {@code portal_test}: builds run concurrently on the
 * same server (two modules, two checkouts, a developer and CI), and Flyway must always start from an
 * empty schema. The name is {@code <database>_test_<8 hex>}; the init arg {@code database} gives the
 * prefix, e.g. {@code @ResourceArg(name = "database", value = "portal")}.
 *
 * <p>Returns {@code quarkus.datasource.jdbc.url}, {@code quarkus.datasource.username} and an empty
 * {@code quarkus.datasource.password}. The server is the one {@link Postgres#fromEnvironment()} names:
 * this checkout's own ({@link PostgresServer}, started if needed) unless one is configured.
 */
public class PostgresResource implements QuarkusTestResourceLifecycleManager {

    /** Init arg naming the database prefix. */
    public static final String DATABASE_ARG = "database";
    /**
     * Init arg: {@code true} puts a {@link TcpProxy} between the application and the server, which a
     * test cuts and restores through {@link #proxy()} to make the database unreachable.
     */
    public static final String PROXIED_ARG = "proxied";

    private static volatile TcpProxy proxy;

    private final Postgres server = Postgres.fromEnvironment();
    private String prefix = "test";
    private String database;
    private Thread dropOnExit;

    @Override
    public void init(Map<String, String> initArgs) {
        String configured = initArgs.get(DATABASE_ARG);
        if (configured == null || configured.isBlank()) {
            throw new IllegalArgumentException("PostgresResource needs the init arg '" + DATABASE_ARG
                    + "', e.g. @ResourceArg(name = \"database\", value = \"portal\")");
        }
        prefix = configured;
        proxied = Boolean.parseBoolean(initArgs.get(PROXIED_ARG));
    }

    private boolean proxied;

    /** The proxy of the running test application's database (init arg {@value #PROXIED_ARG}). */
    public static TcpProxy proxy() {
        if (proxy == null) {
            throw new IllegalStateException("No proxied PostgresResource is running");
        }
        return proxy;
    }

    @Override
    public synchronized Map<String, String> start() {
        database = prefix + "_test_" + UUID.randomUUID().toString().substring(0, 8);
        server.create(database);
        String created = database;
        dropOnExit = new Thread(() -> dropQuietly(created), "drop-" + created);
        Runtime.getRuntime().addShutdownHook(dropOnExit);
        String url = server.jdbcUrl(database);
        if (proxied) {
            proxy = TcpProxy.start(server.host(), server.port());
            url = server.jdbcUrlThrough(proxy.port(), database);
        }
        return Map.of(
                "quarkus.datasource.jdbc.url", url,
                "quarkus.datasource.username", server.user(),
                "quarkus.datasource.password", "");
    }

    @Override
    public synchronized void stop() {
        if (database == null) {
            return;
        }
        if (proxy != null) {
            proxy.close();
            proxy = null;
        }
        server.dropIfExists(database);
        database = null;
        try {
            Runtime.getRuntime().removeShutdownHook(dropOnExit);
        } catch (IllegalStateException alreadyShuttingDown) {
            // the hook drops nothing twice: DROP ... IF EXISTS
        }
    }

    /** The name of the database of the current run, or null when not started. */
    public synchronized String database() {
        return database;
    }

    private void dropQuietly(String name) {
        try {
            server.dropIfExists(name);
        } catch (RuntimeException ignored) {
            // the JVM is exiting; a leftover test database is harmless
        }
    }
}
