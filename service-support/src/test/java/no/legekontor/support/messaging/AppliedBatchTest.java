package no.legekontor.support.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import no.legekontor.devtools.TopicClient;
import no.legekontor.shared.event.EventEnvelope;
import no.legekontor.shared.event.Topics;
import no.legekontor.support.outbox.Outbox;
import no.legekontor.support.outbox.OutboxRelay;
import no.legekontor.support.testapp.Events;
import no.legekontor.support.testapp.TestEvents;
import org.junit.jupiter.api.Test;

/**
 * A consumer's batch of events, applied in one transaction ({@link ProcessedEvents#applyEach}) against
 * the real database, its outbox published to the real broker: each new event once and in order, its
 * ids recorded in one statement, the outbox rows its events add written together at its end and
 * published in the order they were added, and nothing of it kept when it fails (issue 21).
 */
@QuarkusTest
class AppliedBatchTest {

    /** Not the test application's consumer, whose handler also takes what the relay publishes. */
    private static final String CONSUMER = "support-test.batches";
    private static final Duration BOUND = Duration.ofSeconds(30);

    @Inject
    ProcessedEvents processed;

    @Inject
    Outbox outbox;

    @Inject
    OutboxRelay relay;

    @Inject
    EntityManager em;

    @Inject
    EventCodec codec;

    @Test
    void anEventTwiceInOneBatchIsAppliedOnceAndAnEventHandledBeforeNotAtAll() {
        Events events = new Events(codec);
        EventEnvelope handledBefore = events.event(UUID.randomUUID(), false);
        EventEnvelope first = events.event(UUID.randomUUID(), false);
        EventEnvelope second = events.event(UUID.randomUUID(), false);
        QuarkusTransaction.requiringNew().run(() -> processed.applyEach(List.of(handledBefore), CONSUMER, e -> { }));

        List<UUID> applied = new ArrayList<>();
        QuarkusTransaction.requiringNew().run(() -> processed.applyEach(
                List.of(first, handledBefore, first, second, second), CONSUMER, e -> applied.add(e.id())));

        assertThat(applied).containsExactly(first.id(), second.id());
        assertThat(consumed(List.of(handledBefore.id(), first.id(), second.id()))).isEqualTo(3);
    }

    @Test
    void theOutboxRowsABatchsEventsAddAreWrittenTogetherAtItsEndAndPublishedInTheOrderTheyWereAdded() {
        Events events = new Events(codec);
        UUID conversation = UUID.randomUUID();
        List<EventEnvelope> batch = List.of(events.event(UUID.randomUUID(), false),
                events.event(UUID.randomUUID(), false), events.event(UUID.randomUUID(), false));
        List<EventEnvelope> added = new ArrayList<>();
        List<Long> writtenWhileApplying = new ArrayList<>();

        QuarkusTransaction.requiringNew().run(() -> {
            processed.applyEach(batch, CONSUMER, event -> {
                for (int i = 0; i < 2; i++) {
                    EventEnvelope announced = events.event(conversation, false);
                    outbox.add(TestEvents.TOPIC, "conversation", announced);
                    added.add(announced);
                }
                writtenWhileApplying.add(inOutbox(ids(added)));
            });
            assertThat(inOutbox(ids(added))).as("written by the batch's end, in its transaction").isEqualTo(6);
        });
        relay.wake();

        assertThat(writtenWhileApplying).as("none written while the batch was applied").containsOnly(0L);
        Map<String, Long> offsets = awaitPublished(events.topics(), added);
        assertThat(added.stream().map(e -> offsets.get(e.id().toString())).toList())
                .as("offsets in the order the rows were added").isSorted().doesNotHaveDuplicates();
    }

    @Test
    void aBatchThatFailsKeepsNeitherItsEventsIdsNorItsOutboxRowsAlsoWhenItsCallerCatchesTheFailure() {
        Events events = new Events(codec);
        EventEnvelope applied = events.event(UUID.randomUUID(), false);
        EventEnvelope failing = events.event(UUID.randomUUID(), false);
        EventEnvelope announced = events.event(UUID.randomUUID(), false);

        AtomicReference<Throwable> failure = new AtomicReference<>();
        Throwable commit = catchThrowable(() -> QuarkusTransaction.requiringNew().run(() -> failure.set(catchThrowable(
                () -> processed.applyEach(List.of(applied, failing), CONSUMER, event -> {
                    if (event.id().equals(failing.id())) {
                        throw new IllegalStateException("the second event fails");
                    }
                    outbox.add(TestEvents.TOPIC, "conversation", announced);
                })))));

        assertThat(failure.get()).hasMessage("the second event fails");
        assertThat(commit).as("the transaction cannot commit").isNotNull();
        assertThat(consumed(List.of(applied.id(), failing.id()))).isZero();
        assertThat(QuarkusTransaction.requiringNew().call(() -> inOutbox(List.of(announced.id())))).isZero();
    }

    private long consumed(Collection<UUID> ids) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                        "select count(*) from consumed_event where consumer = ?1 and event_id in (?2)")
                .setParameter(1, CONSUMER).setParameter(2, ids).getSingleResult()).longValue());
    }

    /** How many of the events' rows the caller's transaction sees in the outbox. */
    private long inOutbox(Collection<UUID> ids) {
        return ((Number) em.createNativeQuery("select count(*) from outbox_event where id in (?1)")
                .setParameter(1, ids).getSingleResult()).longValue();
    }

    private static List<UUID> ids(List<EventEnvelope> events) {
        return events.stream().map(EventEnvelope::id).toList();
    }

    /** Each event's offset on the test topic, once all are there. */
    private static Map<String, Long> awaitPublished(TopicClient topics, List<EventEnvelope> events) {
        List<String> ids = events.stream().map(e -> e.id().toString()).toList();
        List<TopicClient.Received> found = topics.readUntil(TestEvents.TOPIC,
                record -> ids.contains(record.headers().get(Topics.HEADER_EVENT_ID)),
                records -> records.size() >= ids.size(), BOUND);
        assertThat(found).as("all published").hasSize(ids.size());
        return found.stream().collect(Collectors.toMap(r -> r.headers().get(Topics.HEADER_EVENT_ID),
                TopicClient.Received::offset, (a, b) -> a));
    }
}
