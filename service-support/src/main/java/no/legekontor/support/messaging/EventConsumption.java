package no.legekontor.support.messaging;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import no.legekontor.shared.event.EventEnvelope;
import no.legekontor.support.tracing.EventTraces;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * What every Kafka adapter does with a polled batch of records. Offsets are committed only after
 * this returns, so every record has then been handled, parked, dead-lettered, held or sent back;
 * nothing is skipped.
 * <ul>
 * <li>Readable events go to the transactional handler, the whole batch in one transaction (a busy
 *     topic costs one commit per poll). Handlers are idempotent by event id, so retries are safe.
 * <li>While the database is away or fails for a transient reason (read-only, full, deadlocked,
 *     locked, cancelled: {@link FailureKinds}), the batch is retried with a growing pause for as
 *     long as it takes; the consumer is then stalled ({@link ConsumerHealth}) and resumes by itself.
 * <li>When the batch fails for any other reason, a failed commit or an {@link Error} included, the
 *     events go one at a time: the one that fails {@code max-attempts} times alone is poison and
 *     goes to {@code <topic>.dlq} and the database's {@code dead_letter} with the reason
 *     ({@link DeadLetters}); the rest flow on. An event its handler refuses ({@link RefusedEvent}: it
 *     does not match the consumer's records) is dead-lettered at its first try alone, with the rule as reason.
 * <li>A record that is not an event at all (not JSON, a payload that does not match its schema)
 *     is poison too. A tombstone (no value) carries nothing to do and is counted.
 * <li>An event of a type or schema version this release does not know is parked
 *     ({@link ParkedEvents}) for a later release, never dropped.
 * <li>The later events of an aggregate (the same key) whose event was parked or dead-lettered are
 *     held behind it, in the order they arrived, until it is sent back ({@link Lines},
 *     {@link HeldEvents}); while sent-back events are on their way, newer ones go behind them.
 * </ul>
 * How it waits out faults is {@link Retries}. Logs name events by id and position, never by content.
 */
@ApplicationScoped
public class EventConsumption {

    private static final Logger LOG = Logger.getLogger(EventConsumption.class);

    @Inject
    EventCodec codec;

    @Inject
    MeterRegistry meters;

    @Inject
    ParkedEvents parked;

    @Inject
    DeadLetters deadLetters;

    @Inject
    HeldEvents held;

    @Inject
    ConsumerHealth health;

    @Inject
    EventTraces traces;

    @Inject
    Retries retries;

    @ConfigProperty(name = "messaging.consumers.max-attempts", defaultValue = "5")
    int maxAttempts;

    private record Decoded(ConsumerRecord<String, byte[]> record, EventEnvelope event) {
    }

    public void consume(ConsumerRecords<String, byte[]> records, Consumer<List<EventEnvelope>> handler) {
        if (records.isEmpty()) {
            return;
        }
        String topic = records.iterator().next().topic();
        Lines lines = retries.untilDone(topic, () -> held.lines(records));
        List<Decoded> events = new ArrayList<>(records.count());
        for (ConsumerRecord<String, byte[]> record : records) {
            if (record.value() == null) {
                meters.counter("events.tombstones", "topic", record.topic()).increment();
                LOG.debugf("Tombstone at %s-%d@%d: nothing to do", record.topic(), record.partition(), record.offset());
                continue;
            }
            place(record, lines).ifPresent(events::add);
        }
        if (!events.isEmpty() && !handledTogether(events, handler)) {
            for (Decoded event : events) {
                if (lines.blocked(event.record())) {
                    place(event.record(), lines).ifPresent(again -> handleAlone(again, handler, lines));
                } else {
                    handleAlone(event, handler, lines);
                }
            }
        }
        retries.untilDone(topic, () -> held.returned(lines.returned()));
    }

    /** Holds, sends back, parks or dead-letters the record as its line says; the event to handle, if any. */
    private Optional<Decoded> place(ConsumerRecord<String, byte[]> record, Lines lines) {
        while (true) {
            switch (lines.place(record)) {
                case SKIP -> {
                    LOG.debugf("%s was set aside or sent back before", Lines.Position.of(record));
                    return Optional.empty();
                }
                case SEND_BACK -> {
                    String id = retries.untilDone(record.topic(), () -> held.sendBack(record));
                    lines.sentBack(record, id);
                    meters.counter("events.sent_back", "topic", record.topic()).increment();
                    LOG.infof("Sent event %s at %s back behind its aggregate's events on their way back", id,
                            Lines.Position.of(record));
                    return Optional.empty();
                }
                case HOLD -> {
                    String behind = lines.behind(record);
                    Optional<Lines.Position> copyOf = lines.returningOf(record);
                    if (retries.untilDone(record.topic(), () -> held.hold(record, behind, copyOf))) {
                        lines.held(record);
                        meters.counter("events.held", "topic", record.topic()).increment();
                        LOG.warnf("Held event %s at %s behind %s", idOf(record), Lines.Position.of(record), behind);
                        return Optional.empty();
                    }
                    // What it waited behind was sent back meanwhile: read its line again.
                    lines.reload(record.topic(), record.key(),
                            retries.untilDone(record.topic(), () -> held.rows(record.topic(), List.of(record.key()))));
                }
                case HANDLE -> {
                    return decode(record, lines);
                }
            }
        }
    }

    private Optional<Decoded> decode(ConsumerRecord<String, byte[]> record, Lines lines) {
        try {
            return Optional.of(new Decoded(record, codec.decode(record.value())));
        } catch (EventCodec.UnknownEvent unknown) {
            park(record, unknown);
            lines.setAside(record);
        } catch (EventCodec.UnreadableEvent unreadable) {
            deadLetter(record, unreadable.getMessage());
            lines.setAside(record);
        }
        return Optional.empty();
    }

    /** The batch in one transaction, retried while the fault is transient; false when the events failed. */
    private boolean handledTogether(List<Decoded> events, Consumer<List<EventEnvelope>> handler) {
        String topic = events.get(0).record().topic();
        List<EventEnvelope> envelopes = events.stream().map(Decoded::event).toList();
        List<ConsumerRecord<String, byte[]>> records = events.stream().map(Decoded::record).toList();
        Duration pause = Retries.FIRST_PAUSE;
        while (true) {
            try {
                traces.delivering(records, envelopes, () -> handler.accept(envelopes));
                health.working(topic);
                return true;
            } catch (Throwable e) {
                retries.giveUpIfShuttingDown(e);
                meters.counter("events.retried", "topic", topic).increment(envelopes.size());
                Optional<String> wait = retries.transientReason(e);
                if (wait.isEmpty()) {
                    LOG.warnf("%d event(s) from %s failed together (%s); trying them one at a time", envelopes.size(),
                            topic, FailureKinds.describe(e));
                    return false;
                }
                health.failing(topic, wait.get());
                LOG.warnf("%d event(s) from %s wait: %s (%s)", envelopes.size(), topic, wait.get(),
                        FailureKinds.describe(e));
                pause = retries.sleep(pause);
            }
        }
    }

    /**
     * One event in its own transaction: retried for as long as the fault is transient, and set
     * aside after failing {@code max-attempts} times for any other reason.
     */
    private void handleAlone(Decoded decoded, Consumer<List<EventEnvelope>> handler, Lines lines) {
        String topic = decoded.record().topic();
        Duration pause = Retries.FIRST_PAUSE;
        int attempts = 0;
        while (true) {
            try {
                traces.delivering(List.of(decoded.record()), List.of(decoded.event()),
                        () -> handler.accept(List.of(decoded.event())));
                health.working(topic);
                return;
            } catch (Throwable e) {
                retries.giveUpIfShuttingDown(e);
                Optional<String> wait = retries.transientReason(e);
                Optional<RefusedEvent> refused = refusal(e);
                if (wait.isPresent()) {
                    health.failing(topic, wait.get());
                } else if (refused.isPresent()) {
                    deadLetter(decoded.record(), decoded.event().type() + " refused: " + refused.get().getMessage());
                    lines.setAside(decoded.record());
                    return;
                } else if (++attempts >= maxAttempts) {
                    deadLetter(decoded.record(), decoded.event().type() + " failed " + attempts + " times: "
                            + FailureKinds.describe(e));
                    lines.setAside(decoded.record());
                    return;
                }
                pause = retries.sleep(pause);
            }
        }
    }

    /** The handler's refusal of the event ({@link RefusedEvent}), wherever it is in the failure's chain. */
    private static Optional<RefusedEvent> refusal(Throwable failure) {
        return FailureKinds.chain(failure).stream()
                .filter(RefusedEvent.class::isInstance).map(RefusedEvent.class::cast).findFirst();
    }

    private void park(ConsumerRecord<String, byte[]> record, EventCodec.UnknownEvent unknown) {
        retries.untilDone(record.topic(), () -> {
            if (parked.park(record, unknown, Lines.eventId(record))) {
                meters.counter("events.parked", "topic", record.topic()).increment();
                LOG.warnf("Parked event %s at %s: %s; './portal unpark' sends it again once a release reads it",
                        idOf(record), Lines.Position.of(record), unknown.getMessage());
            }
        });
    }

    private void deadLetter(ConsumerRecord<String, byte[]> record, String reason) {
        retries.untilDone(record.topic(), () -> deadLetters.send(record, reason));
        retries.untilDone(record.topic(), () -> deadLetters.record(record, reason, Lines.eventId(record)));
        meters.counter("events.dead_lettered", "topic", record.topic()).increment();
        LOG.errorf("Dead-lettered event %s at %s to %s: %s; './portal redrive' sends it again", idOf(record),
                Lines.Position.of(record), DeadLetters.topicOf(record.topic()), reason);
    }

    private static String idOf(ConsumerRecord<String, byte[]> record) {
        return Objects.requireNonNullElse(Lines.eventId(record), "(no id)");
    }
}
