package no.legekontor.devtools;

import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * A connection of the service's pool gives up in bounded time: PostgreSQL cancels a statement
 * after {@code statement_timeout} and a lock wait after the shorter {@code lock_timeout}, and the
 * driver gives up on a silent socket a little after the statement timeout, so that the server's
 * own cancel arrives first. All stay under the relay's 60 s transaction: a hung connection must
 * not hold a consumer or the relay for minutes, unseen. Each service's {@code @QuarkusTest}
 * subclass runs these checks against its own pool.
 */
public abstract class DatabaseTimeoutChecks {

    private static final Duration RELAY_TRANSACTION = Duration.ofSeconds(60);

    @Inject
    DataSource database;

    @Test
    void thePoolGivesUpOnAStatementALockWaitAndASilentSocketWithinTheRelaysTransaction() throws SQLException {
        try (Connection connection = database.getConnection()) {
            Duration statement = setting(connection, "statement_timeout");
            Duration lock = setting(connection, "lock_timeout");
            Duration socket = Duration.ofMillis(connection.getNetworkTimeout());

            assertTrue(statement.compareTo(Duration.ZERO) > 0 && statement.compareTo(RELAY_TRANSACTION) < 0,
                    "statement_timeout " + statement + " is set, under " + RELAY_TRANSACTION);
            assertTrue(lock.compareTo(Duration.ZERO) > 0 && lock.compareTo(statement) < 0,
                    "lock_timeout " + lock + " is set, under statement_timeout " + statement);
            assertTrue(socket.compareTo(statement) > 0 && socket.compareTo(RELAY_TRANSACTION) <= 0,
                    "socketTimeout " + socket + " is over statement_timeout " + statement + " and at most "
                            + RELAY_TRANSACTION);
        }
    }

    private static Duration setting(Connection connection, String name) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "select setting::bigint from pg_settings where name = ? and unit = 'ms'")) {
            query.setString(1, name);
            try (ResultSet rows = query.executeQuery()) {
                assertTrue(rows.next(), name + " in milliseconds");
                return Duration.ofMillis(rows.getLong(1));
            }
        }
    }
}
