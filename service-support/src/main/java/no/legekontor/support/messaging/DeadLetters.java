package no.legekontor.support.messaging;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends a record no release can process to {@code <topic>.dlq}, unchanged (key, value, headers)
 * plus headers saying why and where it came from, and waits for the broker's acknowledgement: the
 * consumer commits past a poison record only once it is safe in the dead-letter topic.
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

    @ConfigProperty(name = "kafka.bootstrap.servers", defaultValue = "localhost:9092")
    String bootstrapServers;

    private KafkaProducer<String, byte[]> producer;

    private synchronized KafkaProducer<String, byte[]> producer() {
        if (producer == null) {
            Properties props = AcknowledgedProducer.properties(bootstrapServers, "dead-letters");
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

    synchronized void close(@Observes ShutdownEvent event) {
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
            producer = null;
        }
    }
}
