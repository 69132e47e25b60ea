package no.legekontor.support.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;
import no.legekontor.devtools.TopicClient;
import no.legekontor.shared.event.EventEnvelope;
import no.legekontor.shared.event.Topics;
import no.legekontor.support.testapp.Events;
import no.legekontor.support.testapp.TestEvents;

/** Outbox rows written, changed and read back by the relay's tests, and what reached the topic. */
final class OutboxRows {

    /** A row's relay state, read back. */
    record State(int attempts, boolean blocked, String lastError) {
    }

    private final EntityManager em;
    private final Events events;

    OutboxRows(EntityManager em, Events events) {
        this.em = em;
        this.events = events;
    }

    /** Writes the event as an outbox row of the test topic, then applies {@code state} (SQL set list) if given. */
    void write(EventEnvelope event, String state) {
        writePayload(event, events.json(event), state);
    }

    /** Writes the event's row with {@code payload} as its value. */
    void writePayload(EventEnvelope event, String payload, String state) {
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("""
                    insert into outbox_event (id, aggregate_type, aggregate_id, type, topic, payload)
                    values (?1, 'conversation', ?2, ?3, ?4, ?5)""")
                    .setParameter(1, event.id())
                    .setParameter(2, event.aggregateId())
                    .setParameter(3, event.type())
                    .setParameter(4, TestEvents.TOPIC)
                    .setParameter(5, payload)
                    .executeUpdate();
            if (state != null) {
                em.createNativeQuery("update outbox_event set " + state + " where id = ?1")
                        .setParameter(1, event.id()).executeUpdate();
            }
        });
    }

    void update(EventEnvelope event, String state) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("update outbox_event set " + state
                + " where id = ?1").setParameter(1, event.id()).executeUpdate());
    }

    boolean stillInOutbox(EventEnvelope event) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from outbox_event where id = ?1").setParameter(1, event.id()).getSingleResult())
                .intValue() == 1);
    }

    /** The row's attempts, whether it is blocked and its last error; null once it is gone. */
    State state(EventEnvelope event) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<?> rows = em.createNativeQuery(
                    "select attempts, blocked_at is not null, last_error from outbox_event where id = ?1")
                    .setParameter(1, event.id()).getResultList();
            if (rows.isEmpty()) {
                return null;
            }
            Object[] row = (Object[]) rows.get(0);
            return new State(((Number) row[0]).intValue(), (Boolean) row[1], (String) row[2]);
        });
    }

    /** Every copy of the event on the test topic now. */
    List<TopicClient.Received> published(EventEnvelope event) {
        return events.topics().readAll(TestEvents.TOPIC,
                record -> event.id().toString().equals(record.headers().get(Topics.HEADER_EVENT_ID)));
    }

    /** Waits until the event is on the test topic; returns its offset. */
    long awaitPublished(EventEnvelope event) {
        List<TopicClient.Received> found = events.topics().readUntil(TestEvents.TOPIC,
                record -> event.id().toString().equals(record.headers().get(Topics.HEADER_EVENT_ID)),
                records -> !records.isEmpty(), Duration.ofSeconds(30));
        assertThat(found).as("event %s published", event.id()).isNotEmpty();
        return found.get(0).offset();
    }
}
