package no.legekontor.support.outbox;

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
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.jboss.logging.Logger;
import no.legekontor.shared.event.Topics;
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
 * <p>How a round's rows go out and what is recorded of their outcomes is {@link OutboxPublisher}'s.
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
    OutboxVacuum vacuum;

    @Inject
    OutboxPublisher publisher;

    private final Semaphore wakeUp = new Semaphore(0);
    private volatile boolean running;
    private Thread thread;

    void start(@Observes StartupEvent event) {
        if (!config.enabled()) {
            LOG.info("Outbox relay disabled on this replica");
            return;
        }
        publisher.open();
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
        publisher.close();
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
            return publisher.publish(rows);
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
