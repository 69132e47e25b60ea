package no.legekontor.support.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;
import javax.sql.DataSource;
import no.legekontor.shared.event.EventEnvelope;
import no.legekontor.support.testapp.Consumed;
import no.legekontor.support.testapp.Events;
import no.legekontor.support.testapp.Faults;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A database that answers but cannot do the work (read-only, full, deadlocked, locked, cancelled)
 * is an outage of a kind: the consumer waits, says so in readiness and goes on when it passes,
 * and sends nothing to the dead letters. What the event itself causes stays poison. Nothing that
 * escapes a handler, a failed commit or an {@link Error}, ends the consumer.
 */
@QuarkusTest
class TransientFaultsTest {

    private static final Duration BOUND = Duration.ofSeconds(30);

    @Inject
    EventCodec codec;

    @Inject
    DataSource database;

    @Inject
    Faults faults;

    private Events events;
    private Consumed consumed;

    @BeforeEach
    void setUp() {
        events = new Events(codec);
        consumed = new Consumed(database, events);
    }

    @Test
    void aReadOnlyDatabaseStallsTheConsumerAndTheEventWaitsInsteadOfGoingToTheDeadLetters() throws SQLException {
        EventEnvelope event = events.event(UUID.randomUUID(), false);
        faults.always(event.id(), Faults.READ_ONLY);
        events.publish(event);

        await().atMost(BOUND).until(() -> stalled(readiness()));
        assertThat(consumed.deadLettered(event)).isEmpty();
        assertThat(consumed.handled(event.id())).isFalse();

        faults.clear(event.id()); // the failover is over
        await().atMost(BOUND).until(() -> consumed.handled(event.id()));
        await().atMost(BOUND).until(() -> readiness().statusCode() == 200);
        assertThat(consumed.deadLettered(event)).isEmpty();
    }

    @Test
    void aLockHeldLongerThanTheLockTimeoutIsWaitedOutNotDeadLettered() throws SQLException {
        EventEnvelope event = events.event(UUID.randomUUID(), false);
        faults.always(event.id(), Faults.LOCK_TIMEOUT);
        try (Connection holder = database.getConnection()) {
            holder.setAutoCommit(false);
            try (Statement lock = holder.createStatement()) {
                lock.execute("select id from contended where id = 1 for update");
            }
            events.publish(event);
            await().atMost(BOUND).until(() -> stalled(readiness()));
            assertThat(consumed.deadLettered(event)).isEmpty();
            holder.rollback();
        }

        await().atMost(BOUND).until(() -> consumed.handled(event.id()));
        faults.clear(event.id());
        assertThat(consumed.deadLettered(event)).isEmpty();
    }

    @Test
    void diskFullDeadlockCancelledStatementLostConnectionAndLostLockRaceAreEachWaitedOut() throws SQLException {
        EventEnvelope event = events.event(UUID.randomUUID(), false);
        faults.inTurn(event.id(), Faults.sqlState("53100"), Faults.sqlState("40P01"), Faults.sqlState("57014"),
                Faults.sqlState("08006"), Faults.thrown(new OptimisticLockException()));
        events.publish(event);

        await().atMost(BOUND).until(() -> consumed.handled(event.id()));
        assertThat(faults.pending(event.id())).isZero();
        assertThat(consumed.deadLettered(event)).isEmpty();
    }

    @Test
    void aCommitThatFailsWithASerializationFailureIsRetriedAndTheConsumerGoesOn() throws SQLException {
        EventEnvelope event = events.event(UUID.randomUUID(), false);
        EventEnvelope later = events.event(UUID.randomUUID(), false);
        faults.inTurn(event.id(), Faults.FAIL_AT_COMMIT, Faults.FAIL_AT_COMMIT, Faults.FAIL_AT_COMMIT,
                Faults.FAIL_AT_COMMIT);
        events.publish(event);
        events.publish(later);

        await().atMost(BOUND).until(() -> consumed.handled(event.id()) && consumed.handled(later.id()));
        assertThat(faults.pending(event.id())).isZero();
        assertThat(consumed.deadLettered(event)).isEmpty();
    }

    @Test
    void anErrorThrownByTheHandlerIsPoisonAndTheConsumerGoesOn() throws SQLException {
        EventEnvelope event = events.event(UUID.randomUUID(), false);
        EventEnvelope later = events.event(UUID.randomUUID(), false);
        faults.always(event.id(), Faults.ERROR);
        events.publish(event);
        events.publish(later);

        await().atMost(BOUND).until(() -> consumed.handled(later.id()));
        await().atMost(BOUND).until(() -> !consumed.deadLettered(event).isEmpty());
        assertThat(consumed.deadLettered(event).get(0).headers().get(DeadLetters.HEADER_REASON))
                .contains("failed 3 times").contains("StackOverflowError");
        faults.clear(event.id());
    }

    @Test
    void aDataErrorFromTheDatabaseIsPoisonAndGoesToTheDeadLettersWithItsSqlState() throws SQLException {
        EventEnvelope event = events.event(UUID.randomUUID(), false);
        faults.always(event.id(), Faults.DATA_ERROR);
        events.publish(event);

        await().atMost(BOUND).until(() -> !consumed.deadLettered(event).isEmpty());
        assertThat(consumed.deadLettered(event).get(0).headers().get(DeadLetters.HEADER_REASON))
                .contains("failed 3 times").contains("SQLSTATE 22P02");
        assertThat(consumed.handled(event.id())).isFalse();
        faults.clear(event.id());
    }

    private static Response readiness() {
        return given().get("/q/health/ready");
    }

    private static boolean stalled(Response response) {
        return response.statusCode() == 503 && response.body().asString().contains("stalled for");
    }
}
