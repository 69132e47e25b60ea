package no.legekontor.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import org.HdrHistogram.Histogram;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * When something became visible in a service's database: a trigger that the benchmark adds to its
 * own copy of the database sends {@code pg_notify} from the inserting transaction, and PostgreSQL
 * delivers it to this listener only once that transaction has committed, which is the moment the
 * API can return the row. No polling: exact to the delivery time, and cheap for the service.
 *
 * <p>The time a thing was due (the load generator's schedule) and the time it arrived meet in
 * {@link Matcher} under a key (a conversation id, a reply id); either may come first.
 */
final class Arrivals implements AutoCloseable {

    private final Connection connection;
    private final Thread thread;
    private volatile boolean running = true;

    Arrivals(String jdbcUrl, String user, String channel, BiConsumer<String, Long> onArrival) throws SQLException {
        connection = DataSet.connect(jdbcUrl, user);
        try (Statement statement = connection.createStatement()) {
            statement.execute("listen " + channel);
        }
        PGConnection pg = connection.unwrap(PGConnection.class);
        thread = new Thread(() -> {
            while (running) {
                try {
                    PGNotification[] notifications = pg.getNotifications(100);
                    long now = System.nanoTime();
                    if (notifications != null) {
                        for (PGNotification n : notifications) {
                            onArrival.accept(n.getParameter(), now);
                        }
                    }
                } catch (SQLException e) {
                    if (running) {
                        System.err.println("Listener on " + channel + " failed: " + e);
                    }
                    return;
                }
            }
        }, "listen-" + channel);
        thread.setDaemon(true);
        thread.start();
    }

    /** Adds the notifying trigger to a table of the benchmark's database (never a service's migration). */
    static void installTrigger(String jdbcUrl, String user, String table, String channel, String payloadExpression,
            String condition) throws SQLException {
        try (Connection c = DataSet.connect(jdbcUrl, user); Statement statement = c.createStatement()) {
            statement.execute("create or replace function bench_notify_" + table + "() returns trigger"
                    + " language plpgsql as $$ begin if " + condition + " then perform pg_notify('" + channel + "', "
                    + payloadExpression + "); end if; return null; end $$");
            statement.execute("create trigger bench_notify_" + table + " after insert on " + table
                    + " for each row execute function bench_notify_" + table + "()");
        }
    }

    @Override
    public void close() throws SQLException {
        running = false;
        try {
            thread.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        connection.close();
    }

    /** Pairs due times with arrival times by key and records the difference. */
    static final class Matcher {
        private final Map<String, Long> due = new HashMap<>();
        private final Map<String, Long> arrived = new HashMap<>();
        private final Histogram latencyMicros = Load.newHistogram();
        private long matched;

        synchronized void due(String key, long dueNanos) {
            Long at = arrived.remove(key);
            if (at == null) {
                due.put(key, dueNanos);
            } else {
                record(at - dueNanos);
            }
        }

        synchronized void arrived(String key, long atNanos) {
            Long dueAt = due.remove(key);
            if (dueAt == null) {
                arrived.put(key, atNanos);
            } else {
                record(atNanos - dueAt);
            }
        }

        private void record(long nanos) {
            latencyMicros.recordValue(Math.max(0, Math.min(Load.MAX_MICROS, nanos / 1000)));
            matched++;
        }

        synchronized long matched() {
            return matched;
        }

        /** Due but not arrived (yet). */
        synchronized int waiting() {
            return due.size();
        }

        synchronized Histogram histogram() {
            return latencyMicros.copy();
        }
    }
}
