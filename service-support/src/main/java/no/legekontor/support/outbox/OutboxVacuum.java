package no.legekontor.support.outbox;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.jboss.logging.Logger;

/**
 * Vacuums the outbox table after every {@code outbox.vacuum-after} published rows. The outbox is a
 * queue: each row is deleted moments after it was written, and the relay's scan from the oldest
 * row steps over every deleted row that was not vacuumed yet. Autovacuum looks at a table at most
 * once a minute (a server setting); under load the relay's query then read thousands of dead rows
 * and took ~50-175 ms a round instead of ~1 ms (measured with {@code ./portal bench}, issue 11).
 * Vacuuming a table of a few thousand rows takes milliseconds and locks nothing the relay or the
 * writers need. Called by the relay's thread, outside any transaction (VACUUM cannot run in one).
 */
@ApplicationScoped
public class OutboxVacuum {

    private static final Logger LOG = Logger.getLogger(OutboxVacuum.class);

    @Inject
    OutboxConfig config;

    @Inject
    AgroalDataSource database;

    private long publishedSince;

    /** Counts published rows and vacuums when enough have gone by. */
    void published(int rows) {
        if (config.vacuumAfter() <= 0) {
            return;
        }
        publishedSince += rows;
        if (publishedSince >= config.vacuumAfter()) {
            publishedSince = 0;
            vacuum();
        }
    }

    /** Vacuums the outbox now; a failure is logged and left to autovacuum. Public for tests. */
    public void vacuum() {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("vacuum outbox_event");
        } catch (SQLException e) {
            LOG.warnf("Outbox: vacuum failed (%s); autovacuum will do it", e.getMessage());
        }
    }
}
