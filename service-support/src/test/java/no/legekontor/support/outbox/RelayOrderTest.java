package no.legekontor.support.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.UUID;
import no.legekontor.shared.event.EventEnvelope;
import no.legekontor.support.messaging.EventCodec;
import no.legekontor.support.testapp.Events;
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
        OutboxRows rows = new OutboxRows(em, events);
        UUID conversation = UUID.randomUUID();
        EventEnvelope first = events.event(conversation, false);
        EventEnvelope second = events.event(conversation, false);
        EventEnvelope other = events.event(UUID.randomUUID(), false);
        rows.write(first, "attempts = 1, next_attempt_at = now() + interval '1 hour'");
        rows.write(second, null);
        rows.write(other, null);
        relay.wake();

        rows.awaitPublished(other);
        assertThat(rows.stillInOutbox(second)).as("the later event waits for the earlier one").isTrue();
        assertThat(rows.published(second)).isEmpty();

        rows.update(first, "next_attempt_at = now()");
        relay.wake();

        long firstOffset = rows.awaitPublished(first);
        long secondOffset = rows.awaitPublished(second);
        assertThat(firstOffset).isLessThan(secondOffset);
    }

    @Test
    void aConversationsLaterEventWaitsBehindABlockedOneUntilAnOperatorReleasesIt() {
        Events events = new Events(codec);
        OutboxRows rows = new OutboxRows(em, events);
        UUID conversation = UUID.randomUUID();
        EventEnvelope blocked = events.event(conversation, false);
        EventEnvelope later = events.event(conversation, false);
        EventEnvelope other = events.event(UUID.randomUUID(), false);
        rows.write(blocked, "attempts = 5, blocked_at = now(), last_error = 'RecordTooLargeException'");
        rows.write(later, null);
        rows.write(other, null);
        relay.wake();

        rows.awaitPublished(other);
        assertThat(rows.stillInOutbox(later)).isTrue();

        rows.update(blocked, "blocked_at = null, next_attempt_at = now()"); // the operator's fix
        relay.wake();

        assertThat(rows.awaitPublished(blocked)).isLessThan(rows.awaitPublished(later));
    }
}
