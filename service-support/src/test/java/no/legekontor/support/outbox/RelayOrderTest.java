package no.legekontor.support.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import no.legekontor.devtools.TopicClient;
import no.legekontor.shared.event.EventEnvelope;
import no.legekontor.shared.event.Topics;
import no.legekontor.support.messaging.EventCodec;
import no.legekontor.support.testapp.Events;
import no.legekontor.support.testapp.TestEvents;
import org.junit.jupiter.api.Test;

/**
 * One conversation's events reach Kafka in the order they were written, also when an earlier one
 * waits for a retry or is blocked across several relay rounds; other conversations go on meanwhile.
 */
@QuarkusTest
class RelayOrderTest {

    @Inject
    EntityManager em;

    @Inject
    EventCodec codec;

    @Inject
    OutboxRelay relay;

    @Test
    void aConversationsLaterEventWaitsWhileAnEarlierOneWaitsForARetry() {
        Events events = new Events(codec);
        UUID conversation = UUID.randomUUID();
        EventEnvelope first = events.event(conversation, false);
        EventEnvelope second = events.event(conversation, false);
        EventEnvelope other = events.event(UUID.randomUUID(), false);
        write(first, "attempts = 1, next_attempt_at = now() + interval '1 hour'");
        write(second, null);
        write(other, null);
        relay.wake();

        awaitPublished(events, other);
        assertThat(stillInOutbox(second)).as("the later event waits for the earlier one").isTrue();
        assertThat(published(events, second)).isEmpty();

        update(first, "next_attempt_at = now()");
        relay.wake();

        long firstOffset = awaitPublished(events, first);
        long secondOffset = awaitPublished(events, second);
        assertThat(firstOffset).isLessThan(secondOffset);
    }

    @Test
    void aConversationsLaterEventWaitsBehindABlockedOneUntilAnOperatorReleasesIt() {
        Events events = new Events(codec);
        UUID conversation = UUID.randomUUID();
        EventEnvelope blocked = events.event(conversation, false);
        EventEnvelope later = events.event(conversation, false);
        EventEnvelope other = events.event(UUID.randomUUID(), false);
        write(blocked, "attempts = 5, blocked_at = now(), last_error = 'RecordTooLargeException'");
        write(later, null);
        write(other, null);
        relay.wake();

        awaitPublished(events, other);
        assertThat(stillInOutbox(later)).isTrue();

        update(blocked, "blocked_at = null, next_attempt_at = now()"); // the operator's fix
        relay.wake();

        assertThat(awaitPublished(events, blocked)).isLessThan(awaitPublished(events, later));
    }

    private void write(EventEnvelope event, String state) {
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("""
                    insert into outbox_event (id, aggregate_type, aggregate_id, type, topic, payload)
                    values (?1, 'conversation', ?2, ?3, ?4, ?5)""")
                    .setParameter(1, event.id())
                    .setParameter(2, event.aggregateId())
                    .setParameter(3, event.type())
                    .setParameter(4, TestEvents.TOPIC)
                    .setParameter(5, new Events(codec).json(event))
                    .executeUpdate();
            if (state != null) {
                em.createNativeQuery("update outbox_event set " + state + " where id = ?1")
                        .setParameter(1, event.id()).executeUpdate();
            }
        });
    }

    private void update(EventEnvelope event, String state) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("update outbox_event set " + state + " where id = ?1")
                .setParameter(1, event.id()).executeUpdate());
    }

    private boolean stillInOutbox(EventEnvelope event) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from outbox_event where id = ?1").setParameter(1, event.id()).getSingleResult())
                .intValue() == 1);
    }

    private static List<TopicClient.Received> published(Events events, EventEnvelope event) {
        return events.topics().readAll(TestEvents.TOPIC,
                record -> event.id().toString().equals(record.headers().get(Topics.HEADER_EVENT_ID)));
    }

    private static long awaitPublished(Events events, EventEnvelope event) {
        List<TopicClient.Received> found = events.topics().readUntil(TestEvents.TOPIC,
                record -> event.id().toString().equals(record.headers().get(Topics.HEADER_EVENT_ID)),
                records -> !records.isEmpty(), Duration.ofSeconds(30));
        assertThat(found).as("event %s published", event.id()).hasSize(1);
        return found.get(0).offset();
    }
}
