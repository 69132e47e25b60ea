package no.legekontor.support.messaging;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import no.legekontor.shared.event.EventEnvelope;
import no.legekontor.shared.event.Topics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.header.Header;
import org.jboss.logging.Logger;

/**
 * What every Kafka adapter does with a polled batch of records: decode them, hand them to the
 * transactional handler (one transaction for the batch, so a busy topic costs one commit per poll,
 * not one per event), and retry while the handler fails (PostgreSQL away, a lock timeout) so that
 * nothing accepted is lost. Offsets are committed only after the handler returned; a retried batch
 * is safe because handlers are idempotent by event id. An unreadable record is counted and logged
 * by id, never by content, and skipped.
 */
@ApplicationScoped
public class EventConsumption {

    private static final Logger LOG = Logger.getLogger(EventConsumption.class);
    private static final Duration MAX_PAUSE = Duration.ofSeconds(10);

    @Inject
    EventCodec codec;

    @Inject
    MeterRegistry meters;

    private volatile boolean shuttingDown;

    void onShutdown(@Observes ShutdownEvent event) {
        shuttingDown = true;
    }

    public void consume(ConsumerRecords<String, byte[]> records, Consumer<List<EventEnvelope>> handler) {
        List<EventEnvelope> events = new ArrayList<>(records.count());
        for (ConsumerRecord<String, byte[]> record : records) {
            try {
                events.add(codec.decode(record.value()));
            } catch (EventCodec.UnreadableEvent e) {
                meters.counter("events.unreadable", "topic", record.topic()).increment();
                LOG.errorf("Skipping unreadable event %s at %s-%d@%d: %s", header(record, Topics.HEADER_EVENT_ID),
                        record.topic(), record.partition(), record.offset(), e.getMessage());
            }
        }
        if (events.isEmpty()) {
            return;
        }
        long pauseMillis = 100;
        for (int attempt = 1; ; attempt++) {
            try {
                handler.accept(events);
                return;
            } catch (RuntimeException e) {
                if (shuttingDown) {
                    throw e; // not committed: the next consumer of the partitions gets them again
                }
                meters.counter("events.retried").increment(events.size());
                LOG.warnf("%d event(s) from %s failed on attempt %d, retrying: %s", events.size(),
                        events.get(0).id(), attempt, e.getClass().getName());
                sleep(pauseMillis);
                pauseMillis = Math.min(pauseMillis * 2, MAX_PAUSE.toMillis());
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while retrying events", e);
        }
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? "(no id)" : new String(header.value(), StandardCharsets.UTF_8);
    }
}
