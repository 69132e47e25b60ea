package no.legekontor.portal.outbox;

import static no.legekontor.devtools.Demo.KARI;
import static no.legekontor.portal.support.Api.submitEConsultation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.UUID;
import no.legekontor.support.outbox.OutboxRelay;
import org.junit.jupiter.api.Test;

/** The relay with two or more replicas: one relays at a time, the others wait their turn. */
@QuarkusTest
class OutboxRelayTest {

    @Inject
    OutboxRelay relay;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void whileAnotherReplicaHoldsTheRelayLockThisOneWaitsAndTheRowStays() throws SQLException {
        String id;
        try (Connection otherReplica = dataSource.getConnection()) {
            otherReplica.setAutoCommit(false);
            try (PreparedStatement lock = otherReplica.prepareStatement("select pg_advisory_xact_lock(hashtext(?))")) {
                lock.setString(1, OutboxRelay.LEADER_LOCK);
                lock.execute();
            }
            id = submitEConsultation(KARI);
            assertThat(relay.relayOnce()).isZero();
            assertThat(pendingRows(id)).isEqualTo(1);
            otherReplica.rollback();
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> pendingRows(id) == 0);
    }

    private long pendingRows(String conversationId) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "select count(*) from outbox_event where aggregate_id = ?")) {
            query.setObject(1, UUID.fromString(conversationId));
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
