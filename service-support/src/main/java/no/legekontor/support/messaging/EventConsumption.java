package no.legekontor.support.messaging;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javax.sql.DataSource;
import no.legekontor.shared.event.EventEnvelope;
import no.legekontor.shared.event.Topics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * What every Kafka adapter does with a polled batch of records. Offsets are committed only after
 * this returns, so every record has then been handled, parked or dead-lettered; nothing is skipped.
 * <ul>
 * <li>Readable events go to the transactional handler, the whole batch in one transaction (a busy
 *     topic costs one commit per poll). Handlers are idempotent by event id, so retries are safe.
 * <li>While the database is away or fails for a transient reason (read-only, full, deadlocked,
 *     locked, cancelled: {@link FailureKinds}), the batch is retried with a growing pause for as
 *     long as it takes; the consumer is then stalled ({@link ConsumerHealth}) and resumes by itself.
 * <li>When the batch fails for any other reason, a failed commit or an {@link Error} included, the
 *     events go one at a time: the one that fails {@code max-attempts} times alone is poison and
 *     goes to {@code <topic>.dlq} with the reason; the rest flow on.
 * <li>A record that is not an event at all (not JSON, a payload that does not match its schema)
 *     is poison too. A tombstone (no value) carries nothing to do and is counted.
 * <li>An event of a type or schema version this release does not know is parked
 *     ({@link ParkedEvents}) for a later release, never dropped.
 * </ul>
 * Logs name events by id and position, never by content.
 */
@ApplicationScoped
public class EventConsumption {

    private static final Logger LOG = Logger.getLogger(EventConsumption.class);
    private static final Duration FIRST_PAUSE = Duration.ofMillis(100);
    private static final Duration MAX_PAUSE = Duration.ofSeconds(10);

    @Inject
    EventCodec codec;

    @Inject
    MeterRegistry meters;

    @Inject
    DataSource database;

    @Inject
    ParkedEvents parked;

    @Inject
    DeadLetters deadLetters;

    @Inject
    ConsumerHealth health;

    @ConfigProperty(name = "messaging.consumers.max-attempts", defaultValue = "5")
    int maxAttempts;

    private volatile boolean shuttingDown;

    void onShutdown(@Observes ShutdownEvent event) {
        shuttingDown = true;
    }

    private record Decoded(ConsumerRecord<String, byte[]> record, EventEnvelope event) {
    }

    public void consume(ConsumerRecords<String, byte[]> records, Consumer<List<EventEnvelope>> handler) {
        List<Decoded> events = new ArrayList<>(records.count());
        for (ConsumerRecord<String, byte[]> record : records) {
            if (record.value() == null) {
                meters.counter("events.tombstones", "topic", record.topic()).increment();
                LOG.debugf("Tombstone at %s-%d@%d: nothing to do", record.topic(), record.partition(), record.offset());
                continue;
            }
            try {
                events.add(new Decoded(record, codec.decode(record.value())));
            } catch (EventCodec.UnknownEvent unknown) {
                park(record, unknown);
            } catch (EventCodec.UnreadableEvent unreadable) {
                deadLetter(record, unreadable.getMessage());
            }
        }
        if (events.isEmpty() || handledTogether(events, handler)) {
            return;
        }
        for (Decoded event : events) {
            handleAlone(event, handler);
        }
    }

    /** The batch in one transaction, retried while the fault is transient; false when the events failed. */
    private boolean handledTogether(List<Decoded> events, Consumer<List<EventEnvelope>> handler) {
        String topic = events.get(0).record().topic();
        List<EventEnvelope> envelopes = events.stream().map(Decoded::event).toList();
        Duration pause = FIRST_PAUSE;
        while (true) {
            try {
                handler.accept(envelopes);
                health.working(topic);
                return true;
            } catch (Throwable e) {
                giveUpIfShuttingDown(e);
                meters.counter("events.retried", "topic", topic).increment(envelopes.size());
                Optional<String> wait = transientReason(e);
                if (wait.isEmpty()) {
                    LOG.warnf("%d event(s) from %s failed together (%s); trying them one at a time", envelopes.size(),
                            topic, FailureKinds.describe(e));
                    return false;
                }
                health.failing(topic, wait.get());
                LOG.warnf("%d event(s) from %s wait: %s (%s)", envelopes.size(), topic, wait.get(),
                        FailureKinds.describe(e));
                pause = sleep(pause);
            }
        }
    }

    /**
     * One event in its own transaction: retried for as long as the fault is transient, and set
     * aside after failing {@code max-attempts} times for any other reason.
     */
    private void handleAlone(Decoded decoded, Consumer<List<EventEnvelope>> handler) {
        String topic = decoded.record().topic();
        Duration pause = FIRST_PAUSE;
        int attempts = 0;
        while (true) {
            try {
                handler.accept(List.of(decoded.event()));
                health.working(topic);
                return;
            } catch (Throwable e) {
                giveUpIfShuttingDown(e);
                Optional<String> wait = transientReason(e);
                if (wait.isPresent()) {
                    health.failing(topic, wait.get());
                } else if (++attempts >= maxAttempts) {
                    deadLetter(decoded.record(), decoded.event().type() + " failed " + attempts + " times: "
                            + FailureKinds.describe(e));
                    return;
                }
                pause = sleep(pause);
            }
        }
    }

    private void park(ConsumerRecord<String, byte[]> record, EventCodec.UnknownEvent unknown) {
        untilDone(record.topic(), () -> {
            if (parked.park(record, unknown, eventId(record))) {
                meters.counter("events.parked", "topic", record.topic()).increment();
                LOG.warnf("Parked event %s at %s-%d@%d: %s; './portal unpark' sends it again once a release reads it",
                        header(record, Topics.HEADER_EVENT_ID), record.topic(), record.partition(), record.offset(),
                        unknown.getMessage());
            }
        });
    }

    private void deadLetter(ConsumerRecord<String, byte[]> record, String reason) {
        untilDone(record.topic(), () -> deadLetters.send(record, reason));
        meters.counter("events.dead_lettered", "topic", record.topic()).increment();
        LOG.errorf("Dead-lettered event %s at %s-%d@%d to %s: %s", header(record, Topics.HEADER_EVENT_ID),
                record.topic(), record.partition(), record.offset(), DeadLetters.topicOf(record.topic()), reason);
    }

    /** Retries an action that must not be skipped (parking, dead-lettering) until it succeeds. */
    private void untilDone(String topic, Runnable action) {
        Duration pause = FIRST_PAUSE;
        while (true) {
            try {
                action.run();
                health.working(topic);
                return;
            } catch (Throwable e) {
                giveUpIfShuttingDown(e);
                health.failing(topic, "cannot set an event aside: " + FailureKinds.describe(e));
                LOG.warnf("Retrying after %s", FailureKinds.describe(e));
                pause = sleep(pause);
            }
        }
    }

    /** Not committed: the next consumer of the partitions gets the records again. */
    private void giveUpIfShuttingDown(Throwable e) {
        if (!shuttingDown) {
            return;
        }
        if (e instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (e instanceof Error error) {
            throw error;
        }
        throw new IllegalStateException("Shutting down: " + FailureKinds.describe(e), e);
    }

    /**
     * Why the consumer waits instead of judging the events, if it should: a fault that passes by
     * itself ({@link FailureKinds}), or a database that does not answer at all (a pool that cannot
     * connect reports no SQLSTATE).
     */
    private Optional<String> transientReason(Throwable e) {
        Optional<String> cause = FailureKinds.transientCause(e);
        if (cause.isPresent()) {
            return Optional.of("a transient fault (" + cause.get() + ")");
        }
        return databaseUp() ? Optional.empty() : Optional.of("the database is away");
    }

    /** Whether a connection can be had and answers. */
    private boolean databaseUp() {
        try (Connection connection = database.getConnection()) {
            return connection.isValid(2);
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }

    private Duration sleep(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while retrying events", e);
        }
        Duration next = pause.multipliedBy(2);
        return next.compareTo(MAX_PAUSE) > 0 ? MAX_PAUSE : next;
    }

    private static String eventId(ConsumerRecord<String, byte[]> record) {
        Header header = record.headers().lastHeader(Topics.HEADER_EVENT_ID);
        if (header == null) {
            return null;
        }
        String id = new String(header.value(), StandardCharsets.UTF_8);
        return id.matches("(?i)[0-9a-f]{8}-([0-9a-f]{4}-){3}[0-9a-f]{12}") ? id : null;
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? "(no id)" : new String(header.value(), StandardCharsets.UTF_8);
    }
}
