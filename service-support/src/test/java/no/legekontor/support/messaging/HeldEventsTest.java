package no.legekontor.support.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import no.legekontor.shared.event.EventEnvelope;
import no.legekontor.shared.event.Topics;
import no.legekontor.support.outbox.OutboxRelay;
import no.legekontor.support.testapp.Consumed;
import no.legekontor.support.testapp.Events;
import no.legekontor.support.testapp.Faults;
import no.legekontor.support.testapp.TestEvents;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An aggregate's later events (the same Kafka key: a conversation) are not handled before its
 * event that was parked or dead-lettered: they are held, in the order they arrived, and follow it
 * once it is sent back (unpark, redrive), also when newer events arrive while it is on its way.
 * Other conversations flow on meanwhile.
 */
@QuarkusTest
class HeldEventsTest {

    private static final Duration BOUND = Duration.ofSeconds(30);

    @Inject
    EventCodec codec;

    @Inject
    DataSource database;

    @Inject
    Faults faults;

    @Inject
    DeadLetters deadLetters;

    @Inject
    ParkedEvents parked;

    private Events events;
    private Consumed consumed;

    @BeforeEach
    void setUp() {
        events = new Events(codec);
        consumed = new Consumed(database, events);
    }

    @Test
    void laterEventsOfADeadLetteredConversationWaitBehindItAndFollowInOrderWhenItIsRedriven() throws SQLException {
        UUID conversation = UUID.randomUUID();
        EventEnvelope first = events.event(conversation, false);
        EventEnvelope second = events.event(conversation, false);
        EventEnvelope third = events.event(conversation, false);
        EventEnvelope other = events.event(UUID.randomUUID(), false);
        faults.always(first.id(), Faults.POISON);
        List.of(first, second, third, other).forEach(events::publish);

        await().atMost(BOUND).until(() -> consumed.handled(other.id()) && !consumed.deadLettered(first).isEmpty());
        await().atMost(BOUND).until(() -> held(conversation).size() == 2);
        assertThat(held(conversation)).containsExactly(
                second.id() + " held behind " + first.id(), third.id() + " held behind " + first.id());
        assertThat(consumed.handledInOrder(ids(first, second, third))).isEmpty();
        assertThat(deadLetterReasons(first)).singleElement().asString()
                .contains("ItemRead failed 3 times").contains("IllegalArgumentException");

        faults.clear(first.id()); // the fix is deployed
        assertThat(deadLetters.redrive()).isGreaterThanOrEqualTo(3);

        await().atMost(BOUND).until(() -> consumed.handledInOrder(ids(first, second, third)).size() == 3);
        assertThat(consumed.handledInOrder(ids(first, second, third))).containsExactly(first.id(), second.id(),
                third.id());
        await().atMost(BOUND).until(() -> setAside(conversation) == 0);
    }

    @Test
    void laterEventsOfAParkedConversationWaitBehindItAndFollowWhenItIsUnparked() throws SQLException {
        UUID conversation = UUID.randomUUID();
        EventEnvelope newer = events.event(conversation, false);
        EventEnvelope later = events.event(conversation, false);
        events.publishRaw(conversation.toString(), newer.id().toString(), newer.type(),
                events.json(newer).replace("\"schemaVersion\":1", "\"schemaVersion\":2"));
        events.publish(later);

        await().atMost(BOUND).until(() -> held(conversation).size() == 1);
        assertThat(held(conversation)).containsExactly(later.id() + " held behind " + newer.id());
        assertThat(consumed.handled(later.id())).isFalse();

        // A release that reads schema version 2 is deployed: here, the parked copy becomes version 1.
        update("update parked_event set payload = replace(payload, '\"schemaVersion\":2', '\"schemaVersion\":1') "
                + "where event_id = '" + newer.id() + "'");
        assertThat(parked.unpark()).isGreaterThanOrEqualTo(2);

        await().atMost(BOUND).until(() -> consumed.handledInOrder(ids(newer, later)).size() == 2);
        assertThat(consumed.handledInOrder(ids(newer, later))).containsExactly(newer.id(), later.id());
    }

    @Test
    void anEventArrivingWhileItsConversationsDeadLettersAreOnTheirWayBackFollowsThem() throws SQLException {
        UUID conversation = UUID.randomUUID();
        EventEnvelope first = events.event(conversation, false);
        EventEnvelope second = events.event(conversation, false);
        EventEnvelope third = events.event(conversation, false);
        faults.always(first.id(), Faults.POISON);
        events.publish(first);
        events.publish(second);
        await().atMost(BOUND).until(() -> held(conversation).size() == 1);
        faults.clear(first.id());

        try (Connection relay = database.getConnection()) {
            relay.setAutoCommit(false);
            holdTheRelay(relay); // what the redrive puts in the outbox stays there for now
            deadLetters.redrive();
            events.publish(third);
            await().atMost(BOUND).until(() -> inOutbox(third.id()));
            assertThat(consumed.handledInOrder(ids(first, second, third))).isEmpty();
            relay.rollback();
        }

        await().atMost(BOUND).until(() -> consumed.handledInOrder(ids(first, second, third)).size() == 3);
        assertThat(consumed.handledInOrder(ids(first, second, third))).containsExactly(first.id(), second.id(),
                third.id());
        await().atMost(BOUND).until(() -> setAside(conversation) == 0);
    }

    @Test
    void aConversationsEventsWaitBehindARecordWithoutAnEventIdUntilAnOperatorDropsItAndRedrives()
            throws SQLException {
        UUID conversation = UUID.randomUUID();
        EventEnvelope later = events.event(conversation, false);
        events.topics().publish(TestEvents.TOPIC, conversation.toString(), "{not json",
                Map.of(Topics.HEADER_EVENT_TYPE, "ItemRead"));
        events.publish(later);

        await().atMost(BOUND).until(() -> held(conversation).size() == 1);
        assertThat(held(conversation).get(0)).startsWith(later.id() + " held behind the event at " + TestEvents.TOPIC);
        assertThat(strings("select reason from dead_letter where record_key = ? and event_id is null",
                conversation.toString())).containsExactly("not JSON");

        update("delete from dead_letter where record_key = '" + conversation + "'"); // dropped for good
        deadLetters.redrive();

        await().atMost(BOUND).until(() -> consumed.handled(later.id()));
        await().atMost(BOUND).until(() -> setAside(conversation) == 0);
    }

    private static List<UUID> ids(EventEnvelope... sent) {
        return java.util.Arrays.stream(sent).map(EventEnvelope::id).toList();
    }

    private static void holdTheRelay(Connection connection) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("select pg_advisory_xact_lock(hashtext(?))")) {
            lock.setString(1, OutboxRelay.LEADER_LOCK);
            lock.execute();
        }
    }

    /** The conversation's held events, in the order they arrived: "event id + reason". */
    private List<String> held(UUID conversation) throws SQLException {
        return strings("select event_id || ' ' || reason from held_event where record_key = ? order by kafka_offset",
                conversation.toString());
    }

    private List<String> deadLetterReasons(EventEnvelope event) throws SQLException {
        return strings("select reason from dead_letter where event_id::text = ?", event.id().toString());
    }

    private boolean inOutbox(UUID eventId) throws SQLException {
        return !strings("select id::text from outbox_event where id::text = ?", eventId.toString()).isEmpty();
    }

    /** Rows the conversation still has in the consumer's tables of set-aside events. */
    private int setAside(UUID conversation) throws SQLException {
        return strings("""
                select record_key from parked_event where record_key = ?1
                union all select record_key from dead_letter where record_key = ?1
                union all select record_key from held_event where record_key = ?1
                union all select record_key from returning_event where record_key = ?1""".replace("?1", "?"),
                conversation.toString(), conversation.toString(), conversation.toString(), conversation.toString())
                .size();
    }

    private List<String> strings(String sql, String... parameters) throws SQLException {
        try (Connection c = database.getConnection(); PreparedStatement query = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setString(i + 1, parameters[i]);
            }
            try (ResultSet rows = query.executeQuery()) {
                List<String> found = new ArrayList<>();
                while (rows.next()) {
                    found.add(rows.getString(1));
                }
                return found;
            }
        }
    }

    private void update(String sql) throws SQLException {
        try (Connection c = database.getConnection(); PreparedStatement statement = c.prepareStatement(sql)) {
            statement.executeUpdate();
        }
    }
}
