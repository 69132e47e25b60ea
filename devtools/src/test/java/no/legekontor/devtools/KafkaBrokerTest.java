package no.legekontor.devtools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.legekontor.devtools.launch.Lifetime;

@Tag("stack")
class KafkaBrokerTest {

    private static final String TOPIC = "devtools.test.v1";

    @Test
    void recordsProducedBeforeAnOutageAreConsumedAfterTheRestart() throws Exception {
        KafkaBroker broker = new KafkaBroker();
        try {
            broker.start();
            String address = broker.bootstrapServers();
            send(address, "before-outage", Duration.ofSeconds(30));
            assertThat(readAll(address)).contains("before-outage");

            broker.stop();
            assertThat(broker.isRunning()).isFalse();
            assertThatThrownBy(() -> send(address, "during-outage", Duration.ofSeconds(2)))
                    .as("a producer cannot deliver while the broker is down")
                    .isInstanceOfAny(ExecutionException.class, org.apache.kafka.common.errors.TimeoutException.class);

            broker.start();
            assertThat(broker.bootstrapServers()).isEqualTo(address);
            send(address, "after-outage", Duration.ofSeconds(30));
            assertThat(readAll(address)).contains("before-outage", "after-outage");
        } finally {
            broker.close();
        }
        assertThat(broker.isRunning()).isFalse();
        assertThat(broker.dataDir()).as("close() deletes the temporary data directory").doesNotExist();
    }

    @Test
    void aBrokerThatOutlivesItsStarterIsFoundThroughItsDataDirectoryAndStopped(@TempDir Path tmp) {
        KafkaBroker started = new KafkaBroker(tmp, 0, 0, KafkaBroker.defaultLibDir(), Lifetime.OUTLIVES_THIS_JVM);
        try {
            started.start();
            // what ./portal status and down see: another object (another JVM) on the same directory
            KafkaBroker found = new KafkaBroker(tmp, started.port(), started.controllerPort(),
                    KafkaBroker.defaultLibDir(), Lifetime.OUTLIVES_THIS_JVM);
            assertThat(found.isRunning()).isTrue();
            assertThat(found.pid()).isEqualTo(started.pid());

            found.stop();

            assertThat(started.isRunning()).isFalse();
            assertThat(tmp.resolve("broker.pid")).doesNotExist();
        } finally {
            started.kill();
        }
    }

    @Test
    void aKilledBrokerResumesWithItsDataOnTheNextStart() throws Exception {
        KafkaBroker broker = new KafkaBroker();
        try {
            broker.start();
            send(broker.bootstrapServers(), "before-the-crash", Duration.ofSeconds(30));

            broker.kill();
            assertThat(broker.isRunning()).isFalse();

            broker.start();
            assertThat(readAll(broker.bootstrapServers())).contains("before-the-crash");
        } finally {
            broker.close();
        }
    }

    @Test
    void startFailsWithTheBrokerLogWhenTheJarsCannotRun(@TempDir Path tmp) throws IOException {
        Path lib = Files.createDirectories(tmp.resolve("lib"));
        Files.writeString(lib.resolve("kafka_2.13-0.0.0.jar"), "not a jar");
        KafkaBroker broker = new KafkaBroker(tmp.resolve("data"), 0, 0, lib);

        assertThatThrownBy(broker::start)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Formatting the Kafka storage failed")
                .hasMessageContaining("kafka.tools.StorageTool");
        assertThat(broker.isRunning()).isFalse();
    }

    @Test
    void startExplainsWhereTheJarsComeFromWhenTheyAreMissing(@TempDir Path tmp) {
        KafkaBroker broker = new KafkaBroker(tmp.resolve("data"), 0, 0, tmp.resolve("no-such-lib"));

        assertThatThrownBy(broker::start)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("No Kafka broker jars")
                .hasMessageContaining("kafka-broker");
    }

    @Test
    void startRefusesAPortThatIsAlreadyTaken(@TempDir Path tmp) throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            KafkaBroker broker = new KafkaBroker(tmp, taken.getLocalPort(), 0, KafkaBroker.defaultLibDir());

            assertThatThrownBy(broker::start)
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("Port " + taken.getLocalPort())
                    .hasMessageContaining("already in use");
        }
    }

    private static void send(String address, String value, Duration maxWait) throws Exception {
        Map<String, Object> config = new HashMap<>(admin(address));
        config.putAll(Map.of(
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.MAX_BLOCK_MS_CONFIG, (int) maxWait.toMillis(),
                ProducerConfig.LINGER_MS_CONFIG, 0,
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) maxWait.toMillis(),
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) maxWait.toMillis() / 2));
        try (KafkaProducer<String, String> producer =
                     new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(TOPIC, "conversation-1", value))
                    .get(maxWait.toMillis() + 5_000, TimeUnit.MILLISECONDS);
        }
    }

    /** The broker's super user's connection settings. */
    private static Map<String, Object> admin(String address) {
        Map<String, Object> config = new HashMap<>();
        KafkaUser.ADMIN.clientProperties(address).forEach((key, value) -> config.put((String) key, value));
        return config;
    }

    /** Everything on the topic from the beginning, read until a poll brings nothing new. */
    private static List<String> readAll(String address) {
        Map<String, Object> config = new HashMap<>(admin(address));
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "reader-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<String> values = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer =
                     new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(TOPIC));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            boolean seenAny = false;
            while (System.nanoTime() < deadline) {
                var records = consumer.poll(Duration.ofMillis(500));
                for (ConsumerRecord<String, String> record : records) {
                    values.add(record.value());
                }
                if (records.isEmpty() && seenAny) {
                    break;
                }
                seenAny |= !records.isEmpty();
            }
        }
        return values;
    }
}
