package no.legekontor.devtools;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Optional;
import java.util.Properties;

import no.legekontor.devtools.launch.Lifetime;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * A server of its own in an empty temporary directory, not this checkout's: from the binaries on
 * the class path to a server that answers, as on a fresh clone. Run as root (CI), it runs as
 * {@code nobody}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Tag("stack")
class PostgresServerTest {

    private static Path home;
    private static PostgresServer server;

    @BeforeAll
    static void emptyDirectory() throws IOException {
        home = Files.createTempDirectory("postgres-server-test-");
        PostgresBinaries.setMode(home, 0755); // createTempDirectory makes it 700: nobody could not enter
        server = new PostgresServer(home, Lifetime.TIED_TO_THIS_JVM, ServerAccount.forThisProcess());
    }

    @AfterAll
    static void removeIt() {
        server.stop();
        Directories.deleteRecursively(home);
    }

    @Test
    @Order(1)
    void startsFromAnEmptyDirectoryAndAnswers() throws Exception {
        assertThat(server.isRunning()).isFalse();

        assertThat(server.start()).as("started by this call").isTrue();

        assertThat(server.isRunning()).isTrue();
        assertThat(server.port()).isPositive();
        assertThat(query(server, "SHOW server_version")).startsWith("17.");
        assertThat(query(server, "SELECT current_user")).isEqualTo(PostgresServer.USER);
        assertThat(query(server, "SELECT upper('blåbærsyltetøy')")).isEqualTo("BLÅBÆRSYLTETØY");
        assertThat(Files.readString(server.logFile())).contains("database system is ready to accept connections");
    }

    @Test
    @Order(2)
    void runsAsAnUnprivilegedUserWhenStartedByRoot() throws Exception {
        Optional<ServerAccount> account = ServerAccount.forThisProcess();
        String expected = account.map(ServerAccount::name).orElse(System.getProperty("user.name"));

        assertThat(ProcessHandle.of(server.pid().orElseThrow()).orElseThrow().info().user()).contains(expected);
        assertThat(expected).isNotEqualTo("root");
    }

    @Test
    @Order(3)
    void anotherHandleOnTheSameDirectoryUsesTheRunningServer() {
        PostgresServer other = new PostgresServer(home, Lifetime.TIED_TO_THIS_JVM, ServerAccount.forThisProcess());

        assertThat(other.start()).as("started by this call").isFalse();

        assertThat(other.pid()).isEqualTo(server.pid());
        assertThat(other.port()).isEqualTo(server.port());
    }

    @Test
    @Order(4)
    void isNotStoppedWhileAnotherClientIsConnected() throws Exception {
        try (Connection stillOpen = connect(server, "postgres")) {
            assertThat(server.stopUnlessInUse()).isFalse();
            assertThat(server.isRunning()).isTrue();
        }
    }

    @Test
    @Order(5)
    void startsAgainOnTheSameDataAfterAStop() throws Exception {
        server.client().create("kept");
        int port = server.port();

        assertThat(server.stopUnlessInUse()).isTrue();
        assertThat(server.isRunning()).isFalse();
        assertThat(server.client().answers()).isFalse();

        assertThat(server.start()).isTrue();
        assertThat(server.port()).isEqualTo(port);
        assertThat(server.client().exists("kept")).isTrue();
    }

    private static String query(PostgresServer server, String sql) throws Exception {
        try (Connection c = connect(server, "postgres"); Statement s = c.createStatement();
             ResultSet rows = s.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }

    private static Connection connect(PostgresServer server, String database) throws Exception {
        Properties props = new Properties();
        props.setProperty("user", PostgresServer.USER);
        return DriverManager.getConnection(server.client().jdbcUrl(database), props);
    }
}
