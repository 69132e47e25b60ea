package no.legekontor.devtools;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * Creates and drops databases on a PostgreSQL server, for {@link PostgresResource} (a fresh
 * database per test run) and for the system launcher ({@code ./portal up}: {@code portal} and
 * {@code inbox}; the system tests and the bench: their own), so that the logic exists once.
 *
 * <p>Connects to the {@code postgres} maintenance database with no password (trust auth, as on our
 * machines and in CI). Which server: {@link #fromEnvironment()}.
 */
public final class Postgres {

    private static final Pattern SAFE_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    private final String host;
    private final int port;
    private final String user;

    /** A server at {@code host:port}, reached as {@code user}. */
    public Postgres(String host, int port, String user) {
        this.host = host;
        this.port = port;
        this.user = user;
    }

    /**
     * The server named by the system property or environment variable {@code TEST_PG_HOST} and
     * {@code TEST_PG_PORT} (defaults {@code 127.0.0.1}, {@code 5432}; user {@code TEST_PG_USER},
     * default {@code postgres}), when either is set; else this checkout's own server
     * ({@link PostgresServer#local()}), started unless it runs.
     */
    public static Postgres fromEnvironment() {
        TestTier.requireStack("PostgreSQL database");
        if (Setting.of("TEST_PG_HOST", null) != null || Setting.of("TEST_PG_PORT", null) != null) {
            return new Postgres(Setting.of("TEST_PG_HOST", "127.0.0.1"),
                    Integer.parseInt(Setting.of("TEST_PG_PORT", "5432")),
                    Setting.of("TEST_PG_USER", "postgres"));
        }
        PostgresServer local = PostgresServer.local();
        if (local.start()) {
            System.err.println("Started this checkout's PostgreSQL on 127.0.0.1:" + local.port() + " ("
                    + local.home() + "); it keeps running for the next tests and ./portal up: ./portal down stops it.");
        }
        return local.client();
    }

    /** The JDBC URL of {@code database} on this server. */
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    /** The JDBC URL of {@code database} reached through a local proxy on {@code proxyPort} instead. */
    public String jdbcUrlThrough(int proxyPort, String database) {
        return "jdbc:postgresql://127.0.0.1:" + proxyPort + "/" + database;
    }

    /** The server's host. */
    public String host() {
        return host;
    }

    /** The server's port. */
    public int port() {
        return port;
    }

    /** The user that connects. */
    public String user() {
        return user;
    }

    /** Whether the server answers a query now (within a few seconds). */
    public boolean answers() {
        try (Connection c = connect(); Statement statement = c.createStatement()) {
            statement.execute("SELECT 1");
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    /** Client sessions on the server other than the one this call opens. */
    public int otherSessions() {
        try (Connection c = connect(); Statement statement = c.createStatement();
             ResultSet rows = statement.executeQuery("SELECT count(*) FROM pg_stat_activity"
                     + " WHERE backend_type = 'client backend' AND pid <> pg_backend_pid()")) {
            rows.next();
            return rows.getInt(1);
        } catch (SQLException e) {
            throw failure("count its sessions", e);
        }
    }

    /** Whether {@code database} exists. */
    public boolean exists(String database) {
        try (Connection c = connect();
             PreparedStatement query = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            query.setString(1, database);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        } catch (SQLException e) {
            throw failure("look up database " + database, e);
        }
    }

    /** Creates {@code database}; fails if it exists. */
    public void create(String database) {
        execute("CREATE DATABASE " + quoted(database), "create database " + database);
    }

    /** Creates {@code database} unless it exists; returns whether it created it. */
    public boolean createIfMissing(String database) {
        if (exists(database)) {
            return false;
        }
        try {
            create(database);
            return true;
        } catch (IllegalStateException e) {
            if (exists(database)) {
                return false; // created concurrently by someone else
            }
            throw e;
        }
    }

    /** Drops {@code database} if it exists, disconnecting its sessions. */
    public void dropIfExists(String database) {
        execute("DROP DATABASE IF EXISTS " + quoted(database) + " WITH (FORCE)", "drop database " + database);
    }

    private void execute(String sql, String what) {
        try (Connection c = connect(); Statement statement = c.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw failure(what, e);
        }
    }

    private Connection connect() throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", user);
        props.setProperty("connectTimeout", "5");
        props.setProperty("ApplicationName", "devtools");
        return DriverManager.getConnection(jdbcUrl("postgres"), props);
    }

    private IllegalStateException failure(String what, SQLException e) {
        if ("08001".equals(e.getSQLState()) || "08004".equals(e.getSQLState())
                || e.getCause() instanceof java.net.ConnectException) {
            return new IllegalStateException("PostgreSQL does not answer at " + host + ":" + port
                    + " (as user " + user + "): " + e.getMessage() + ". Start it, point TEST_PG_HOST /"
                    + " TEST_PG_PORT / TEST_PG_USER at a running server, or set neither to use this"
                    + " checkout's own (.portal/postgres, started when needed).", e);
        }
        return new IllegalStateException("Could not " + what + " on PostgreSQL at " + host + ":" + port
                + ": " + e.getMessage(), e);
    }

    /** Database names go into DDL, which takes no bind parameters: only plain lower-case names pass. */
    private static String quoted(String database) {
        if (!SAFE_NAME.matcher(database).matches()) {
            throw new IllegalArgumentException("Not a plain database name: " + database);
        }
        return '"' + database + '"';
    }
}
