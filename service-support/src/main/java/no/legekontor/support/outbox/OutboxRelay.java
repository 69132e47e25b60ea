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
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import no.legekontor.shared.event.Topics;
import no.legekontor.support.messaging.AcknowledgedProducer;

/**
 * Publishes committed outbox rows to Kafka, oldest first, keyed by aggregate id so that one
 * conversation's events stay in order (also across rounds: see {@link #due()}). One replica at a
 * time relays (a PostgreSQL advisory lock held by the relaying transaction); the others find the
 * lock taken and wait for their next round. A row is deleted only after the broker acknowledged it
 * (acks=all, idempotent producer); when Kafka is away rows wait with a growing pause and go out
 * once it is back. A relay that dies between publishing and deleting publishes again: consumers
 * deduplicate by event id.
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

    @ConfigProperty(name = "kafka.bootstrap.servers", defaultValue = "localhost:9092")
    String bootstrapServers;

    private final Semaphore wakeUp = new Semaphore(0);
    private volatile boolean running;
    private Thread thread;
    private KafkaProducer<String, byte[]> producer;
    private Counter published;
    private Counter failed;
    private Counter blocked;

    void start(@Observes StartupEvent event) {
        if (!config.enabled()) {
            LOG.info("Outbox relay disabled on this replica");
            return;
        }
        published = meters.counter("outbox.published");
        failed = meters.counter("outbox.failed");
        blocked = meters.counter("outbox.blocked");
        producer = new KafkaProducer<>(producerProperties(), new StringSerializer(), new ByteArraySerializer());
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
                select o.seq, o.id, o.aggregate_id, o.type, o.topic, o.payload from outbox_event o
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
                    (String) r[5]));
        }
        return rows;
    }

    private int publish(List<Row> rows) {
        List<Future<RecordMetadata>> sent = new ArrayList<>(rows.size());
        RuntimeException sendFailure = null;
        for (Row row : rows) {
            try {
                sent.add(producer.send(row.toRecord()));
            } catch (RuntimeException e) {
                // Usually "metadata not available within max.block.ms": the broker is away, and
                // every later row would wait just as long. Leave them for the next round.
                sendFailure = e;
                break;
            }
        }
        RoundOutcomes outcomes = new RoundOutcomes();
        for (int i = 0; i < sent.size(); i++) {
            outcomes.add(rows.get(i), outcome(sent.get(i)));
        }
        if (sendFailure != null) {
            outcomes.add(rows.get(sent.size()), sendFailure);
        }
        if (!outcomes.done.isEmpty()) {
            NativeSql.write(em, "delete from outbox_event where seq in (?1)", "outbox_event")
                    .setParameter(1, outcomes.done)
                    .executeUpdate();
            published.increment(outcomes.done.size());
        }
        recordFailures(outcomes.retriable, false, outcomes.firstError);
        recordFailures(outcomes.fatal, true, outcomes.firstError);
        return outcomes.done.size();
    }

    private Throwable outcome(Future<RecordMetadata> future) {
        try {
            future.get(config.maxBackoff().toMillis() + 30_000, TimeUnit.MILLISECONDS);
            return null;
        } catch (java.util.concurrent.ExecutionException e) {
            return e.getCause();
        } catch (Exception e) {
            return e;
        }
    }


    private void recordFailures(List<Long> seqs, boolean fatal, Throwable error) {
        if (seqs.isEmpty()) {
            return;
        }
        failed.increment(seqs.size());
        String reason = error == null ? "unknown" : error.getClass().getSimpleName() + ": " + error.getMessage();
        int updated = NativeSql.write(em, """
                update outbox_event set attempts = attempts + 1, last_error = ?2,
                  next_attempt_at = now() + least(?3, 0.1 * power(2, least(attempts, 20))) * interval '1 second',
                  blocked_at = case when ?4 and attempts + 1 >= ?5 then now() end
                where seq in (?1)""", "outbox_event")
                .setParameter(1, seqs)
                .setParameter(2, reason)
                .setParameter(3, (double) config.maxBackoff().toMillis() / 1000)
                .setParameter(4, fatal)
                .setParameter(5, config.maxAttempts())
                .executeUpdate();
        LOG.warnf("Outbox: %d row(s) not published this round (%s)", updated, reason);
        if (fatal) {
            Number nowBlocked = (Number) em.createNativeQuery(
                    "select count(*) from outbox_event where blocked_at is not null and seq in (?1)")
                    .setParameter(1, seqs).getSingleResult();
            if (nowBlocked.longValue() > 0) {
                blocked.increment(nowBlocked.doubleValue());
                LOG.errorf("Outbox: %d row(s) blocked after %d attempts; they stay in outbox_event for an operator",
                        nowBlocked.longValue(), config.maxAttempts());
            }
        }
    }

    private java.util.Properties producerProperties() {
        java.util.Properties props = AcknowledgedProducer.properties(bootstrapServers, "outbox-relay");
        props.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, "5");
        props.put(ProducerConfig.LINGER_MS_CONFIG, "1");
        props.putAll(config.producer());
        return props;
    }

    record Row(long seq, UUID id, UUID aggregateId, String type, String topic, String payload) {
        ProducerRecord<String, byte[]> toRecord() {
            ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, aggregateId.toString(),
                    payload.getBytes(StandardCharsets.UTF_8));
            record.headers().add(Topics.HEADER_EVENT_ID, id.toString().getBytes(StandardCharsets.UTF_8));
            record.headers().add(Topics.HEADER_EVENT_TYPE, type.getBytes(StandardCharsets.UTF_8));
            return record;
        }
    }
}
