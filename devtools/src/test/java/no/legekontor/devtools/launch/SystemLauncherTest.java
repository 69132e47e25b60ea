package no.legekontor.devtools.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import no.legekontor.devtools.Postgres;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the launcher decides without starting the system (system-tests start it for real). */
@Tag("stack")
class SystemLauncherTest {

    @TempDir
    Path state;

    private final Postgres server = Postgres.fromEnvironment();

    @Test
    void createsOnlyTheDatabasesThatAreMissing() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String existing = "devtools_launch_portal_" + suffix;
        String missing = "devtools_launch_inbox_" + suffix;
        server.create(existing);
        try (SystemLauncher launcher = new SystemLauncher(new LaunchSettings(state)
                .database(Service.PORTAL_API, existing).database(Service.INBOX_SERVICE, missing))) {
            assertThat(launcher.createDatabases()).containsExactlyInAnyOrderEntriesOf(Map.of(existing, false, missing, true));
            assertThat(server.exists(missing)).isTrue();
        } finally {
            server.dropIfExists(existing);
            server.dropIfExists(missing);
        }
    }

    @Test
    void resetDropsTheDatabasesAndDeletesTheBrokersData() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String portal = "devtools_reset_portal_" + suffix;
        String inbox = "devtools_reset_inbox_" + suffix;
        try (SystemLauncher launcher = new SystemLauncher(new LaunchSettings(state)
                .database(Service.PORTAL_API, portal).database(Service.INBOX_SERVICE, inbox))) {
            launcher.createDatabases();
            Path topicData = Files.createDirectories(launcher.broker().dataDir().resolve("logs/portal.requests.v1-0"));
            Files.writeString(topicData.resolve("00000000000000000000.log"), "an earlier run's events");

            launcher.reset();

            assertThat(server.exists(portal)).isFalse();
            assertThat(server.exists(inbox)).isFalse();
            assertThat(launcher.broker().dataDir()).doesNotExist();
            assertThat(launcher.createDatabases()).containsExactlyInAnyOrderEntriesOf(Map.of(portal, true, inbox, true));
        } finally {
            server.dropIfExists(portal);
            server.dropIfExists(inbox);
        }
    }

    @Test
    void theFirstReplicaGetsTheStandardPortsAndASecondOneFreeOnesOfItsOwn() {
        try (SystemLauncher launcher = new SystemLauncher(new LaunchSettings(state).standardPorts())) {
            ServiceInstance first = launcher.replica(Service.INBOX_SERVICE, 1);
            ServiceInstance second = launcher.replica(Service.INBOX_SERVICE, 2);

            assertThat(first.name()).isEqualTo("inbox-service");
            assertThat(first.port()).isEqualTo(8081);
            assertThat(first.managementPort()).isEqualTo(9081);
            assertThat(second.name()).isEqualTo("inbox-service-2");
            assertThat(second.port()).isNotIn(8080, 8081, 9080, 9081, second.managementPort());
            assertThat(second.log()).isEqualTo(state.resolve("logs/inbox-service-2.log"));
            assertThat(launcher.replica(Service.INBOX_SERVICE, 2)).isSameAs(second);
            assertThat(second.isRunning()).isFalse();
        }
    }
}
