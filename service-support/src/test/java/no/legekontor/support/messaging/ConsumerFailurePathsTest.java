package no.legekontor.support.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import no.legekontor.devtools.TopicClient;
import no.legekontor.shared.event.EventEnvelope;
import no.legekontor.shared.event.Topics;
import no.legekontor.support.testapp.Events;
import no.legekontor.support.testapp.TestEvents;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What a consumer does with records it cannot handle: nothing blocks the rest, nothing is lost. */
@QuarkusTest
class ConsumerFailurePathsTest {

    private static final String DLQ = DeadLetters.topicOf(TestEvents.TOPIC);

    @Inject
    EventCodec codec;

    @Inject
    DataSource database;

    @Inject
    MeterRegistry meters;

    @Inject
    ParkedEvents parked;

    private Events events;

    @BeforeEach
    void setUp() {
        events = new Events(codec);
    }

    @Test
    void aPoisonEventGoesToTheDeadLetterTopicWithItsReasonAndOtherConversationsEventsAfterItFlowOn()
            throws SQLException {
        UUID conversation = UUID.randomUUID();
        EventEnvelope before = events.event(conversation, false);
        EventEnvelope poison = events.event(conversation, true);
        EventEnvelope after = events.event(UUID.randomUUID(), false); // its own conversation's wait: HeldEventsTest
        events.publish(before);
        events.publish(poison);
        events.publish(after);

        await().atMost(Duration.ofSeconds(30)).until(() -> handled(before.id()) && handled(after.id()));
        List<TopicClient.Received> dead = deadLetters(poison.id().toString());
        assertThat(dead).singleElement().satisfies(record -> {
            assertThat(record.headers().get(DeadLetters.HEADER_REASON))
                    .contains("ItemRead failed 3 times").contains("IllegalArgumentException");
            assertThat(record.headers().get(DeadLetters.HEADER_TOPIC)).isEqualTo(TestEvents.TOPIC);
            assertThat(record.value()).isEqualTo(events.json(poison));
        });
        assertThat(handled(poison.id())).isFalse();
        assertThat(meters.counter("events.dead_lettered", "topic", TestEvents.TOPIC).count()).isPositive();
    }

    @Test
    void aRecordThatIsNotAnEventIsDeadLetteredAndTheConsumerGoesOn() {
        String id = UUID.randomUUID().toString();
        events.publishRaw(id, id, "ItemRead", "{not json");
        EventEnvelope after = events.event(UUID.randomUUID(), false);
        events.publish(after);

        await().atMost(Duration.ofSeconds(30)).until(() -> handled(after.id()));
        assertThat(deadLetters(id)).singleElement()
                .satisfies(record -> assertThat(record.headers().get(DeadLetters.HEADER_REASON)).isEqualTo("not JSON"));
    }

    @Test
    void aTombstoneIsCountedAndTheEventsAfterItFlowOn() {
        String id = UUID.randomUUID().toString();
        events.publishRaw(id, id, "ItemRead", null);
        EventEnvelope after = events.event(UUID.randomUUID(), false);
        events.publish(after);

        await().atMost(Duration.ofSeconds(30)).until(() -> handled(after.id()));
        assertThat(meters.counter("events.tombstones", "topic", TestEvents.TOPIC).count()).isPositive();
    }

    @Test
    void anEventOfAnUnknownTypeIsParkedAndUnparkingPublishesItAgain() throws SQLException {
        UUID id = UUID.randomUUID();
        String json = """
                {"id":"%s","type":"SomethingNew","schemaVersion":1,"occurredAt":"2026-11-30T10:00:00Z",
                 "clinicId":"910000004","aggregateId":"%s","payload":{"what":"a later release knows"}}"""
                .formatted(id, id);
        events.publishRaw(id.toString(), id.toString(), "SomethingNew", json);

        await().atMost(Duration.ofSeconds(30)).until(() -> parkedOffsets(id).size() == 1);
        long firstOffset = parkedOffsets(id).get(0);
        assertThat(meters.counter("events.parked", "topic", TestEvents.TOPIC).count()).isPositive();

        assertThat(parked.unpark()).isPositive();

        // Published again by the outbox; this release still does not read it, so it is parked again.
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            List<Long> offsets = parkedOffsets(id);
            return offsets.size() == 1 && offsets.get(0) > firstOffset;
        });
        assertThat(events.topics().readAll(TestEvents.TOPIC,
                record -> id.toString().equals(record.headers().get(Topics.HEADER_EVENT_ID)))).hasSize(2);
    }

    @Test
    void aNewerSchemaVersionOfAKnownTypeIsParkedNotDropped() throws SQLException {
        EventEnvelope event = events.event(UUID.randomUUID(), false);
        String newer = events.json(event).replace("\"schemaVersion\":1", "\"schemaVersion\":2");
        assertThat(newer).contains("\"schemaVersion\":2");
        events.publishRaw(event.aggregateId().toString(), event.id().toString(), event.type(), newer);

        await().atMost(Duration.ofSeconds(30)).until(() -> parkedOffsets(event.id()).size() == 1);
        assertThat(handled(event.id())).isFalse();
    }

    private List<TopicClient.Received> deadLetters(String eventId) {
        return events.topics().readUntil(DLQ, record -> eventId.equals(record.headers().get(Topics.HEADER_EVENT_ID)),
                found -> !found.isEmpty(), Duration.ofSeconds(30));
    }

    private boolean handled(UUID eventId) throws SQLException {
        try (Connection c = database.getConnection();
             PreparedStatement query = c.prepareStatement("select 1 from handled_event where event_id = ?")) {
            query.setObject(1, eventId);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }

    private List<Long> parkedOffsets(UUID eventId) throws SQLException {
        try (Connection c = database.getConnection();
             PreparedStatement query = c.prepareStatement(
                     "select kafka_offset from parked_event where event_id = ? order by kafka_offset")) {
            query.setObject(1, eventId);
            try (ResultSet rows = query.executeQuery()) {
                List<Long> offsets = new java.util.ArrayList<>();
                while (rows.next()) {
                    offsets.add(rows.getLong(1));
                }
                return offsets;
            }
        }
    }
}
