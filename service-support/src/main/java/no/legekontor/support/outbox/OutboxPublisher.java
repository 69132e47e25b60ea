package no.legekontor.support.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import no.legekontor.support.messaging.AcknowledgedProducer;
import no.legekontor.support.messaging.KafkaConnection;
import no.legekontor.support.persistence.NativeSql;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jboss.logging.Logger;

/**
 * One relay round's publishing, in the relay's transaction: sends the rows, deletes those the broker
 * acknowledged and records the failures of the others.
 *
 * <p>Within a round an aggregate's rows go out one after the other, each after the previous one was
 * acknowledged, and none after one that failed; different aggregates' rows go out together
 * ({@link RoundOutcomes}). A failed row is tried again after a pause for as long as its error lasts;
 * only a row that can never be published (too large, say) is blocked ({@link PublishErrors}).
 */
@ApplicationScoped
class OutboxPublisher {

    private static final Logger LOG = Logger.getLogger(OutboxPublisher.class);

    @Inject
    OutboxConfig config;

    @Inject
    EntityManager em;

    @Inject
    MeterRegistry meters;

    @Inject
    KafkaConnection connection;

    private volatile KafkaProducer<String, byte[]> producer;
    private Counter published;
    private Counter blocked;

    /** Starts the producer; the relay calls it when it starts on this replica. */
    void open() {
        published = meters.counter("outbox.published");
        blocked = meters.counter("outbox.blocked");
        producer = newProducer();
    }

    void close() {
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
        }
    }

    /** Publishes the round's rows; how many were published and deleted. */
    int publish(List<OutboxRelay.Row> rows) {
        RoundOutcomes round = new RoundOutcomes(rows);
        for (List<OutboxRelay.Row> wave = round.nextWave(); !wave.isEmpty(); wave = round.nextWave()) {
            sendAndAwait(wave, round);
        }
        if (!round.done().isEmpty()) {
            NativeSql.write(em, "delete from outbox_event where seq in (?1)", "outbox_event")
                    .setParameter(1, round.done())
                    .executeUpdate();
            published.increment(round.done().size());
        }
        for (RoundOutcomes.Failure failure : round.failures()) {
            recordFailure(failure);
        }
        if (round.heldBack() > 0) {
            LOG.debugf("Outbox: %d later row(s) of those rows' aggregates held back, to follow them",
                    round.heldBack());
        }
        if (round.producerBroken()) {
            renewProducer();
        }
        return round.done().size();
    }

    /**
     * Sends a wave (rows of different aggregates) and waits for the broker's answers. A send that
     * fails at once and ends the round (the broker is away, the producer unusable) stops the wave:
     * the rows after it are not sent.
     */
    private void sendAndAwait(List<OutboxRelay.Row> wave, RoundOutcomes round) {
        List<OutboxRelay.Row> pending = new ArrayList<>(wave.size());
        List<Future<RecordMetadata>> answers = new ArrayList<>(wave.size());
        for (OutboxRelay.Row row : wave) {
            Future<RecordMetadata> answer = send(row);
            if (answer.isDone()) {
                round.add(row, outcome(answer));
                if (round.isOver()) {
                    break;
                }
            } else {
                pending.add(row);
                answers.add(answer);
            }
        }
        for (int i = 0; i < pending.size(); i++) {
            round.add(pending.get(i), outcome(answers.get(i)));
        }
    }

    private Future<RecordMetadata> send(OutboxRelay.Row row) {
        try {
            return producer.send(row.toRecord());
        } catch (RuntimeException e) {
            // What the producer throws instead of handing it to the future (not an ApiException):
            // the row's outcome all the same.
            return CompletableFuture.failedFuture(e);
        }
    }

    private Throwable outcome(Future<RecordMetadata> future) {
        try {
            future.get(config.maxBackoff().toMillis() + 30_000, TimeUnit.MILLISECONDS);
            return null;
        } catch (ExecutionException e) {
            return e.getCause();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return e;
        } catch (Exception e) {
            return e;
        }
    }

    /**
     * Counts the failed rows by the error's kind, logs the reason (never the row), and schedules
     * them again after a pause; a row that can never succeed is blocked after {@code max-attempts}.
     */
    private void recordFailure(RoundOutcomes.Failure failure) {
        List<Long> seqs = failure.seqs();
        meters.counter("outbox.failed", "error", failure.kind()).increment(seqs.size());
        NativeSql.write(em, """
                update outbox_event set attempts = attempts + 1, last_error = ?2,
                  next_attempt_at = now() + least(?3, 0.1 * power(2, least(attempts, 20))) * interval '1 second',
                  blocked_at = case when ?4 and attempts + 1 >= ?5 then now() end
                where seq in (?1)""", "outbox_event")
                .setParameter(1, seqs)
                .setParameter(2, failure.reason())
                .setParameter(3, (double) config.maxBackoff().toMillis() / 1000)
                .setParameter(4, failure.neverSucceeds())
                .setParameter(5, config.maxAttempts())
                .executeUpdate();
        if (!failure.neverSucceeds()) {
            LOG.warnf("Outbox: %d row(s) not published this round, tried again after a pause (%s)", seqs.size(),
                    failure.reason());
            return;
        }
        LOG.warnf("Outbox: %d row(s) not published this round, and they never can be (%s)", seqs.size(),
                failure.reason());
        Number nowBlocked = (Number) em.createNativeQuery(
                "select count(*) from outbox_event where blocked_at is not null and seq in (?1)")
                .setParameter(1, seqs).getSingleResult();
        if (nowBlocked.longValue() > 0) {
            blocked.increment(nowBlocked.doubleValue());
            LOG.errorf("Outbox: %d row(s) blocked after %d attempts (%s); they and the later rows of their"
                    + " aggregates stay in outbox_event for an operator", nowBlocked.longValue(),
                    config.maxAttempts(), failure.kind());
        }
    }

    /** Replaces a producer that an error left unusable ({@link PublishErrors#breaksProducer}). */
    private void renewProducer() {
        LOG.warn("Outbox: the Kafka producer cannot send any more after that error; starting a new one");
        producer.close(Duration.ofSeconds(5));
        producer = newProducer();
    }

    private KafkaProducer<String, byte[]> newProducer() {
        return new KafkaProducer<>(producerProperties(), new StringSerializer(), new ByteArraySerializer());
    }

    private Properties producerProperties() {
        Properties props = AcknowledgedProducer.properties(connection.properties(), "outbox-relay");
        props.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, "5");
        props.put(ProducerConfig.LINGER_MS_CONFIG, "1");
        props.putAll(config.producer());
        return props;
    }
}
