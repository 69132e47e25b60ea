package no.legekontor.devtools;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * A test's own view of a topic on the real broker: read what a service published, or publish what
 * the other service would, to check one side of a contract at a time.
 */
public final class TopicClient {

    private final Properties connection;

    /** A client of a broker devtools started, as its super user ({@link KafkaUser#ADMIN}). */
    public TopicClient(String bootstrapServers) {
        this.connection = KafkaUser.ADMIN.clientProperties(bootstrapServers);
    }

    /** A record as read back: key, value as text, and headers as text. */
    public record Received(String key, String value, Map<String, String> headers, int partition, long offset) {
    }

    /**
     * Reads the topic from the beginning until {@code until} holds for what was read, or the
     * timeout passes; returns everything read that matches {@code filter}.
     */
    public List<Received> readUntil(String topic, Predicate<Received> filter, Predicate<List<Received>> until,
            Duration timeout) {
        Properties props = consumerProperties();
        List<Received> matching = new ArrayList<>();
        Instant deadline = Instant.now().plus(timeout);
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(props, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            while (Instant.now().isBefore(deadline) && !until.test(matching)) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    Received received = received(record);
                    if (filter.test(received)) {
                        matching.add(received);
                    }
                }
            }
        }
        return matching;
    }

    /**
     * Reads everything the topic holds right now (up to its end offsets when called) that matches
     * {@code filter}: for asserting that something was published once and only once.
     */
    public List<Received> readAll(String topic, Predicate<Received> filter) {
        return readFrom(topic, Map.of()).stream().filter(filter).toList();
    }

    /** The topic's end offset per partition right now: where {@link #readFrom} then starts. */
    public Map<Integer, Long> endOffsets(String topic) {
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(consumerProperties(),
                new StringDeserializer(), new ByteArrayDeserializer())) {
            Map<Integer, Long> ends = new HashMap<>();
            consumer.endOffsets(partitions(consumer, topic))
                    .forEach((partition, offset) -> ends.put(partition.partition(), offset));
            return ends;
        }
    }

    /**
     * Reads every record published to the topic since {@code from} (end offsets taken earlier with
     * {@link #endOffsets}; a partition it lacks is read from its beginning) up to its end now.
     */
    public List<Received> readFrom(String topic, Map<Integer, Long> from) {
        List<Received> read = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(consumerProperties(),
                new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = partitions(consumer, topic);
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions.stream().filter(p -> !from.containsKey(p.partition())).toList());
            partitions.stream().filter(p -> from.containsKey(p.partition()))
                    .forEach(p -> consumer.seek(p, from.get(p.partition())));
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("Could not read " + topic + " to its end within 30 s");
                }
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    if (record.offset() < end.get(new TopicPartition(topic, record.partition()))) {
                        read.add(received(record));
                    }
                }
            }
        }
        return read;
    }

    private static List<TopicPartition> partitions(KafkaConsumer<String, byte[]> consumer, String topic) {
        return consumer.partitionsFor(topic).stream().map(p -> new TopicPartition(topic, p.partition())).toList();
    }

    /** Publishes one record (a null {@code json} is a tombstone) and waits for the broker's acknowledgement. */
    public void publish(String topic, String key, String json, Map<String, String> headers) {
        Properties props = new Properties();
        props.putAll(connection);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(props, new StringSerializer(),
                new ByteArraySerializer())) {
            ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, key,
                    json == null ? null : json.getBytes(StandardCharsets.UTF_8));
            headers.forEach((k, v) -> record.headers().add(k, v.getBytes(StandardCharsets.UTF_8)));
            producer.send(record).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("Publishing to " + topic + " failed", e.getCause());
        }
    }

    private Properties consumerProperties() {
        Properties props = new Properties();
        props.putAll(connection);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "test-reader-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        return props;
    }

    private static Received received(ConsumerRecord<String, byte[]> record) {
        Map<String, String> headers = new HashMap<>();
        record.headers().forEach(h -> headers.put(h.key(), new String(h.value(), StandardCharsets.UTF_8)));
        String value = record.value() == null ? null : new String(record.value(), StandardCharsets.UTF_8);
        return new Received(record.key(), value, headers,
                record.partition(), record.offset());
    }
}
