package no.legekontor.support.messaging;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import no.legekontor.shared.event.Topics;
import no.legekontor.support.persistence.NativeSql;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Sets aside a record that could not be processed: sends it to {@code <topic>.dlq}, unchanged (key,
 * value, headers) plus headers saying why and where it came from, and waits for the broker's
 * acknowledgement; and records it in the consumer's database ({@code dead_letter}), where the later
 * events of its aggregate are held behind it ({@link HeldEvents}) until {@link #redrive()} sends
 * them all back, in order. The consumer commits past a poison record only once both are done. The
 * topic is for alerting and inspection; the database is what is sent back, as one SQL statement
 * like {@code ./portal unpark}, and in one order with the held events.
 */
@ApplicationScoped
public class DeadLetters {

    /** The dead-letter topic of a consumed topic. */
    public static String topicOf(String topic) {
        return topic + ".dlq";
    }

    public static final String HEADER_REASON = "dlq-reason";
    public static final String HEADER_TOPIC = "dlq-original-topic";
    public static final String HEADER_PARTITION = "dlq-original-partition";
    public static final String HEADER_OFFSET = "dlq-original-offset";

    /** The SQL {@link #redrive()} runs; {@code ./portal redrive} runs the same file with psql. */
    static final OperationsSql REDRIVE = new OperationsSql("redrive");

    @Inject
    KafkaConnection connection;

    @Inject
    EntityManager em;

    private KafkaProducer<String, byte[]> producer;

    private synchronized KafkaProducer<String, byte[]> producer() {
        if (producer == null) {
            Properties props = AcknowledgedProducer.properties(connection.properties(), "dead-letters");
            producer = new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer());
        }
        return producer;
    }

    /**
     * Publishes the record to its dead-letter topic and waits for the broker.
     *
     * @throws IllegalStateException when the broker did not take it (the caller retries)
     */
    public void send(ConsumerRecord<String, byte[]> record, String reason) {
        ProducerRecord<String, byte[]> dead = new ProducerRecord<>(topicOf(record.topic()), record.key(), record.value());
        record.headers().forEach(header -> dead.headers().add(header));
        dead.headers().add(HEADER_REASON, reason.getBytes(StandardCharsets.UTF_8));
        dead.headers().add(HEADER_TOPIC, record.topic().getBytes(StandardCharsets.UTF_8));
        dead.headers().add(HEADER_PARTITION, Integer.toString(record.partition()).getBytes(StandardCharsets.UTF_8));
        dead.headers().add(HEADER_OFFSET, Long.toString(record.offset()).getBytes(StandardCharsets.UTF_8));
        try {
            producer().send(dead).get(15, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            throw new IllegalStateException("Dead-letter topic " + dead.topic() + " did not take the record", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while dead-lettering", e);
        }
    }

    /**
     * Records the dead letter in the consumer's database, once per position (its own transaction).
     *
     * @param eventId the record's event id, if its header holds one
     */
    public void record(ConsumerRecord<String, byte[]> record, String reason, String eventId) {
        QuarkusTransaction.requiringNew().run(() -> NativeSql.write(em, """
                insert into dead_letter (topic, kafka_partition, kafka_offset, record_key, event_id, event_type,
                                         payload, reason)
                values (?1, ?2, ?3, ?4, cast(?5 as uuid), ?6, ?7, ?8)
                on conflict (topic, kafka_partition, kafka_offset) do nothing""", "dead_letter")
                .setParameter(1, record.topic())
                .setParameter(2, record.partition())
                .setParameter(3, record.offset())
                .setParameter(4, record.key())
                .setParameter(5, eventId)
                .setParameter(6, header(record, Topics.HEADER_EVENT_TYPE))
                .setParameter(7, HeldEvents.text(record.value()))
                .setParameter(8, reason)
                .executeUpdate());
    }

    /**
     * Sends every dead letter back through the outbox, each followed by the events held behind it,
     * in the order they arrived (operations/redrive.sql); returns how many events it sent.
     */
    public int redrive() {
        return REDRIVE.run(em, "dead_letter", "held_event", "returning_event", "outbox_event", "parked_event");
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    synchronized void close(@Observes ShutdownEvent event) {
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
            producer = null;
        }
    }
}
