package no.legekontor.devtools;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Where a checkout's server keeps its files (nothing is started here). */
@Tag("stack")
class PostgresServerHomeTest {

    private Path checkout;
    private Path home;

    @Test
    void aCheckoutTheServerAccountCannotEnterKeepsTheServerWhereItCan() throws IOException {
        checkout = Files.createTempDirectory("checkout-"); // mode 700, as a checkout under /root
        Path state = checkout.resolve(".portal");

        home = PostgresServer.in(state).home();

        if (ServerAccount.forThisProcess().isPresent()) {
            assertThat(home.getParent()).isEqualTo(Path.of(System.getProperty("java.io.tmpdir")).toRealPath());
            assertThat(home.getFileName().toString()).startsWith("portal-postgres-");
            assertThat(state.resolve("postgres")).isSymbolicLink();
            assertThat(Files.readSymbolicLink(state.resolve("postgres"))).isEqualTo(home);
        } else {
            assertThat(home).isEqualTo(state.resolve("postgres").toRealPath());
        }
    }

    @Test
    void aCheckoutItCanEnterKeepsTheServerInItsStateDirectory() throws IOException {
        checkout = Files.createTempDirectory("checkout-");
        PostgresBinaries.setMode(checkout, 0755);
        Path state = checkout.resolve(".portal");

        home = PostgresServer.in(state).home();

        assertThat(home).isEqualTo(state.resolve("postgres").toRealPath());
        assertThat(Files.isSymbolicLink(state.resolve("postgres"))).isFalse();
    }

    @AfterEach
    void removeBoth() {
        Directories.deleteRecursively(home);
        Directories.deleteRecursively(checkout);
    }
}
