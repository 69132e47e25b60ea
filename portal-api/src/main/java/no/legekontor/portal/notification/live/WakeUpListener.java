package no.legekontor.portal.notification.live;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import no.legekontor.portal.notification.Notifications;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Hears every replica's new notifications: one connection of its own per replica (not from the
 * pool, which lends a connection per transaction) listens on {@link Notifications#WAKE_UP}, and each
 * notice wakes this replica's streams of that recipient, which then read the new rows from the
 * database. PostgreSQL sends a notice only once the inserting transaction has committed. While the
 * connection is lost, notices are missed: it reconnects with a growing pause, and every stream reads
 * again once it listens again (and every {@code reread-every} regardless). The connection is checked
 * every {@link #POLL} while nothing arrives, so a silent dead one is found within the socket timeout.
 */
@ApplicationScoped
public class WakeUpListener {

    private static final Logger LOG = Logger.getLogger(WakeUpListener.class);
    static final Duration POLL = Duration.ofSeconds(10);
    private static final Duration FIRST_PAUSE = Duration.ofMillis(200);
    private static final Duration MAX_PAUSE = Duration.ofSeconds(10);

    @Inject
    LiveStreams streams;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;

    @ConfigProperty(name = "quarkus.datasource.username")
    Optional<String> username;

    @ConfigProperty(name = "quarkus.datasource.password")
    Optional<String> password;

    private volatile boolean running;
    private volatile boolean listening;
    private volatile Connection connection;
    private Thread thread;

    void start(@Observes StartupEvent event) {
        running = true;
        thread = new Thread(this::listen, "notification-wake-ups");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        Connection current = connection;
        if (current != null) {
            try {
                current.close();
            } catch (SQLException e) {
                // closing anyway
            }
        }
        thread.interrupt();
    }

    /** Whether this replica hears new notifications now. */
    public boolean listening() {
        return listening;
    }

    private void listen() {
        Duration pause = FIRST_PAUSE;
        while (running) {
            try (Connection listener = connect()) {
                connection = listener;
                try (Statement listen = listener.createStatement()) {
                    listen.execute("listen " + Notifications.WAKE_UP);
                }
                listening = true;
                pause = FIRST_PAUSE;
                streams.reread(); // whatever committed while nobody listened
                PGConnection notices = listener.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] arrived = notices.getNotifications((int) POLL.toMillis());
                    if (arrived == null || arrived.length == 0) {
                        if (!listener.isValid(5)) {
                            throw new SQLException("The listening connection no longer answers", "08006");
                        }
                        continue;
                    }
                    for (PGNotification notice : arrived) {
                        wake(notice.getParameter());
                    }
                }
            } catch (SQLException | RuntimeException e) {
                listening = false;
                if (running) {
                    String state = e instanceof SQLException sql ? " " + sql.getSQLState() : "";
                    LOG.warnf("Listening for new notifications stopped (%s%s); reconnecting in %d ms, and the "
                            + "streams read again then", e.getClass().getSimpleName(), state, pause.toMillis());
                    pause(pause);
                    pause = pause.multipliedBy(2).compareTo(MAX_PAUSE) > 0 ? MAX_PAUSE : pause.multipliedBy(2);
                }
            }
        }
        listening = false;
    }

    private void wake(String recipient) {
        try {
            streams.wake(UUID.fromString(recipient));
        } catch (IllegalArgumentException e) {
            LOG.warn("A notice on the notifications channel that names no recipient was ignored");
        }
    }

    private Connection connect() throws SQLException {
        Properties properties = new Properties();
        username.ifPresent(user -> properties.setProperty("user", user));
        password.ifPresent(secret -> properties.setProperty("password", secret));
        properties.setProperty("ApplicationName", "portal-api notification wake-ups");
        properties.setProperty("connectTimeout", "5");
        properties.setProperty("socketTimeout", "40");
        properties.setProperty("tcpKeepAlive", "true");
        return DriverManager.getConnection(url, properties);
    }

    private static void pause(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
