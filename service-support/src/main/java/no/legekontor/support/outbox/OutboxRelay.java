package no.legekontor.support.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import no.legekontor.support.persistence.NativeSql;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jboss.logging.Logger;
import no.legekontor.shared.event.Topics;
import no.legekontor.support.messaging.AcknowledgedProducer;
import no.legekontor.support.messaging.KafkaConnection;
import no.legekontor.support.tracing.EventTraces;

/**
 * Publishes committed outbox rows to Kafka, oldest first, keyed by aggregate id so that one
 * conversation's events stay in order (also across rounds: see {@link #due()}). One replica at a
 * time relays (a PostgreSQL advisory lock held by the relaying transaction); the others find the
 * lock taken and wait for their next round. A row is deleted only after the broker acknowledged it
 * (acks=all, idempotent producer); when Kafka is away rows wait with a growing pause and go out
 * once it is back. A relay that dies between publishing and deleting publishes again: consumers
 * deduplicate by event id.
 *
 * <p>Within a round an aggregate's rows go out one after the other, each after the previous one was
 * acknowledged, and none after one that failed; different aggregates' rows go out together
 * ({@link RoundOutcomes}). A failed row is tried again after a pause for as long as its error lasts;
 * only a row that can never be published (too large, say) is blocked ({@link PublishErrors}).
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /** Name of the PostgreSQL advisory lock the relaying replica holds for one round. */
    public static final String LEADER_LOCK = "outbox-relay";

    @Inject
    OutboxConfig config;

    @Inject
    EntityManager em;

    @Inject
    MeterRegistry meters;

    @Inject
    OutboxVacuum vacuum;

    @Inject
    KafkaConnection connection;

    private final Semaphore wakeUp = new Semaphore(0);
    private volatile boolean running;
    private Thread thread;
    private volatile KafkaProducer<String, byte[]> producer;
    private Counter published;
    private Counter blocked;

    void start(@Observes StartupEvent event) {
        if (!config.enabled()) {
            LOG.info("Outbox relay disabled on this replica");
            return;
        }
        published = meters.counter("outbox.published");
        blocked = meters.counter("outbox.blocked");
        producer = newProducer();
        running = true;
        thread = new Thread(this::loop, "outbox-relay");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        running = false;
        if (thread != null) {
            wakeUp.release();
            thread.join(Duration.ofSeconds(10).toMillis());
        }
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
        }
    }

    private void linger() {
        long millis = config.linger().toMillis();
        if (millis > 0) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                running = false;
            }
        }
    }

    /** Asks the relay to look now rather than at its next poll (called after a commit). */
    public void wake() {
        wakeUp.release();
    }

    private void loop() {
        while (running) {
            int relayed = 0;
            try {
                relayed = relayOnce();
                vacuum.published(relayed);
            } catch (RuntimeException e) {
                // Typically the database is away; the rows are safe where they are.
                LOG.warnf("Outbox relay round failed: %s", e.toString());
                pause(config.maxBackoff());
            }
            if (relayed < config.batchSize()) {
                pause(config.pollInterval());
                linger();
            }
        }
    }

    private void pause(Duration duration) {
        try {
            if (wakeUp.tryAcquire(duration.toMillis(), TimeUnit.MILLISECONDS)) {
                wakeUp.drainPermits();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    /**
     * One round: publish what is due, in one transaction. Returns how many rows were published; 0
     * also when another replica holds the relay lock. The relay's own thread calls it; public for
     * tests and operators.
     */
    public int relayOnce() {
        return QuarkusTransaction.requiringNew().timeout(60).call(() -> {
            if (!Boolean.TRUE.equals(em.createNativeQuery("select pg_try_advisory_xact_lock(hashtext(?1))")
                    .setParameter(1, LEADER_LOCK).getSingleResult())) {
                return 0;
            }
            List<Row> rows = due();
            if (rows.isEmpty()) {
                return 0;
            }
            return publish(rows);
        });
    }

    /**
     * The rows to publish now, oldest first. A row waits while an earlier row of its aggregate waits
     * for a retry or is blocked, so one conversation's events reach consumers in order across
     * rounds, not only within one.
     */
    @SuppressWarnings("unchecked")
    private List<Row> due() {
        List<Object[]> result = em.createNativeQuery("""
                select o.seq, o.id, o.aggregate_id, o.type, o.topic, o.payload, o.traceparent from outbox_event o
                where o.blocked_at is null and o.next_attempt_at <= now()
                  and not exists (select 1 from outbox_event earlier
                                  where earlier.aggregate_id = o.aggregate_id and earlier.seq < o.seq
                                    and earlier.attempts > 0
                                    and (earlier.blocked_at is not null or earlier.next_attempt_at > now()))
                order by o.seq limit ?1 for update of o skip locked""")
                .setParameter(1, config.batchSize())
                .getResultList();
        List<Row> rows = new ArrayList<>(result.size());
        for (Object[] r : result) {
            rows.add(new Row(((Number) r[0]).longValue(), (UUID) r[1], (UUID) r[2], (String) r[3], (String) r[4],
                    (String) r[5], (String) r[6]));
        }
        return rows;
    }

    private int publish(List<Row> rows) {
        RoundOutcomes round = new RoundOutcomes(rows);
        for (List<Row> wave = round.nextWave(); !wave.isEmpty(); wave = round.nextWave()) {
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
    private void sendAndAwait(List<Row> wave, RoundOutcomes round) {
        List<Row> pending = new ArrayList<>(wave.size());
        List<Future<RecordMetadata>> answers = new ArrayList<>(wave.size());
        for (Row row : wave) {
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

    private Future<RecordMetadata> send(Row row) {
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

    private java.util.Properties producerProperties() {
        java.util.Properties props = AcknowledgedProducer.properties(connection.properties(), "outbox-relay");
        props.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, "5");
        props.put(ProducerConfig.LINGER_MS_CONFIG, "1");
        props.putAll(config.producer());
        return props;
    }

    record Row(long seq, UUID id, UUID aggregateId, String type, String topic, String payload, String traceparent) {
        ProducerRecord<String, byte[]> toRecord() {
            ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, aggregateId.toString(),
                    payload.getBytes(StandardCharsets.UTF_8));
            record.headers().add(Topics.HEADER_EVENT_ID, id.toString().getBytes(StandardCharsets.UTF_8));
            record.headers().add(Topics.HEADER_EVENT_TYPE, type.getBytes(StandardCharsets.UTF_8));
            EventTraces.addHeader(record.headers(), traceparent);
            return record;
        }
    }
}
