package no.legekontor.support.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import no.legekontor.devtools.PostgresResource;
import no.legekontor.shared.event.EventEnvelope;
import no.legekontor.support.testapp.Events;
import org.junit.jupiter.api.Test;

/**
 * A database outage: the consumer waits, readiness says it is stalled, and it resumes by itself
 * when the database is back. An outage of any length is the same: SmallRye's throttled commit
 * strategy used to fail the channel for good after 60 s without an acknowledgement, and
 * {@link ConsumerSettingsTest} holds that limit off, so the outage here lasts seconds, not a minute.
 */
@QuarkusTest
class DatabaseOutageTest {

    @Inject
    EventCodec codec;

    @Inject
    DataSource database;

    @Test
    void aConsumerWaitsOutADatabaseOutageReportsItAndResumesWithoutARestart() throws SQLException {
        Events events = new Events(codec);
        List<EventEnvelope> sent = IntStream.range(0, 5).mapToObj(i -> events.event(UUID.randomUUID(), false)).toList();

        PostgresResource.proxy().cut();
        try {
            sent.forEach(events::publish);
            // Generous: on a loaded machine one readiness call (with its database check) can take seconds.
            await().atMost(Duration.ofSeconds(60)).until(() -> consumerStalled(readiness()));
            // Stays stalled (and DOWN) through the outage.
            await().during(Duration.ofSeconds(5)).atMost(Duration.ofSeconds(10))
                    .until(() -> readiness().statusCode() == 503);
        } finally {
            PostgresResource.proxy().restore();
        }

        await().atMost(Duration.ofSeconds(60)).until(() -> handledCount(sent) == sent.size());
        await().atMost(Duration.ofSeconds(60)).until(() -> readiness().statusCode() == 200);
        assertThat(readiness().body().asString()).contains("partitions assigned");
    }

    private static Response readiness() {
        return given().get("/q/health/ready");
    }

    private static boolean consumerStalled(Response response) {
        return response.statusCode() == 503 && response.body().asString().contains("stalled for");
    }

    private long handledCount(List<EventEnvelope> sent) throws SQLException {
        try (Connection c = database.getConnection();
             PreparedStatement query = c.prepareStatement("select count(*) from handled_event where event_id = any (?)")) {
            query.setArray(1, c.createArrayOf("uuid", sent.stream().map(EventEnvelope::id).toArray()));
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
