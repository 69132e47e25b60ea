package no.legekontor.devtools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("stack")
class PostgresResourceTest {

    private final Postgres server = Postgres.fromEnvironment();

    @Test
    void startCreatesAFreshDatabaseThatStopDrops() throws Exception {
        PostgresResource resource = new PostgresResource();
        resource.init(Map.of("database", "devtools"));

        Map<String, String> config = resource.start();
        String database = resource.database();
        try {
            assertThat(database).matches("devtools_test_[0-9a-f]{8}");
            assertThat(config).containsEntry("quarkus.datasource.jdbc.url", server.jdbcUrl(database))
                    .containsEntry("quarkus.datasource.username", "postgres")
                    .containsEntry("quarkus.datasource.password", "");
            assertThat(currentDatabase(config)).isEqualTo(database);
        } finally {
            resource.stop();
        }

        assertThat(server.exists(database)).isFalse();
    }

    @Test
    void twoResourcesForTheSameServiceGetDifferentDatabases() {
        PostgresResource first = new PostgresResource();
        PostgresResource second = new PostgresResource();
        first.init(Map.of("database", "devtools"));
        second.init(Map.of("database", "devtools"));
        try {
            first.start();
            second.start();
            assertThat(first.database()).isNotEqualTo(second.database());
        } finally {
            first.stop();
            second.stop();
        }
    }

    @Test
    void stopDropsTheDatabaseEvenWhileSomeoneIsConnected() throws Exception {
        PostgresResource resource = new PostgresResource();
        resource.init(Map.of("database", "devtools"));
        Map<String, String> config = resource.start();
        String database = resource.database();

        try (Connection stillOpen = connect(config)) {
            resource.stop();
        }

        assertThat(server.exists(database)).isFalse();
    }

    @Test
    void initRequiresTheDatabaseArg() {
        assertThatThrownBy(() -> new PostgresResource().init(Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("database");
    }

    @Test
    void aServerThatDoesNotAnswerIsReportedClearly() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        Postgres absent = new Postgres("127.0.0.1", closedPort, "postgres");

        assertThatThrownBy(() -> absent.exists("portal"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("PostgreSQL does not answer at 127.0.0.1:" + closedPort);
    }

    @Test
    void databaseNamesThatAreNotPlainAreRefused() {
        assertThatThrownBy(() -> server.create("x\"; DROP DATABASE postgres; --"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static String currentDatabase(Map<String, String> config) throws Exception {
        try (Connection c = connect(config); ResultSet rows = c.createStatement().executeQuery("SELECT current_database()")) {
            rows.next();
            return rows.getString(1);
        }
    }

    private static Connection connect(Map<String, String> config) throws Exception {
        Properties props = new Properties();
        props.setProperty("user", config.get("quarkus.datasource.username"));
        return DriverManager.getConnection(config.get("quarkus.datasource.jdbc.url"), props);
    }
}
