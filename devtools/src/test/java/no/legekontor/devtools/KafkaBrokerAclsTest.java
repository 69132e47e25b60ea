package no.legekontor.devtools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import no.legekontor.shared.event.Topics;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.GroupAuthorizationException;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The broker devtools starts (tests, the bench, {@code ./portal up}) lets in only clients that log
 * in, and each service's principal only to its own topics and consumer group.
 */
@Tag("stack")
class KafkaBrokerAclsTest {

    private static KafkaBroker broker;

    @BeforeAll
    static void broker() {
        broker = KafkaBrokerResource.broker();
        broker.start();
    }

    @Test
    void anAnonymousClientCannotWriteAnything() {
        Properties anonymous = new Properties();
        anonymous.put("bootstrap.servers", broker.bootstrapServers());
        String key = UUID.randomUUID().toString();

        // The SASL listener never answers a client that does not log in: it cannot even learn the topics.
        assertThatThrownBy(() -> send(anonymous, Topics.INBOX_EVENTS, key))
                .isInstanceOf(org.apache.kafka.common.errors.TimeoutException.class);

        assertThat(new TopicClient(broker.bootstrapServers()).readAll(Topics.INBOX_EVENTS, r -> key.equals(r.key())))
                .isEmpty();
    }

    @Test
    void aClientWithAWrongPasswordIsRefusedAtLogin() {
        Properties forged = new KafkaUser(KafkaUser.INBOX_SERVICE.name(), "guessed").clientProperties(
                broker.bootstrapServers());

        assertThatThrownBy(() -> send(forged, Topics.INBOX_EVENTS, UUID.randomUUID().toString()))
                .isInstanceOf(SaslAuthenticationException.class);
    }

    @Test
    void portalApiCannotWriteTheInboxsEventsAndInboxServiceCannotWritePortalRequests() {
        String key = UUID.randomUUID().toString();

        assertThatThrownBy(() -> send(broker.clientProperties(KafkaUser.PORTAL_API), Topics.INBOX_EVENTS, key))
                .isInstanceOf(TopicAuthorizationException.class);
        assertThatThrownBy(() -> send(broker.clientProperties(KafkaUser.INBOX_SERVICE), Topics.PORTAL_REQUESTS, key))
                .isInstanceOf(TopicAuthorizationException.class);
        assertThatThrownBy(() -> send(broker.clientProperties(KafkaUser.INBOX_SERVICE), Topics.PORTAL_NOTIFICATIONS,
                key)).isInstanceOf(TopicAuthorizationException.class);

        TopicClient admin = new TopicClient(broker.bootstrapServers());
        assertThat(admin.readAll(Topics.INBOX_EVENTS, r -> key.equals(r.key()))).isEmpty();
        assertThat(admin.readAll(Topics.PORTAL_REQUESTS, r -> key.equals(r.key()))).isEmpty();
    }

    @Test
    void aServiceCannotReadWithTheOtherServicesConsumerGroup() {
        assertThatThrownBy(() -> poll(broker.clientProperties(KafkaUser.PORTAL_API), "inbox-service",
                Topics.INBOX_EVENTS)).isInstanceOf(GroupAuthorizationException.class);
        assertThatThrownBy(() -> poll(broker.clientProperties(KafkaUser.INBOX_SERVICE), "portal-api",
                Topics.PORTAL_REQUESTS)).isInstanceOf(GroupAuthorizationException.class);
    }

    @Test
    void aServiceCannotReadTheTopicItWrites() {
        assertThatThrownBy(() -> poll(broker.clientProperties(KafkaUser.INBOX_SERVICE), "inbox-service",
                Topics.INBOX_EVENTS)).isInstanceOf(TopicAuthorizationException.class);
    }

    @Test
    void eachServiceWritesItsTopicsAndReadsTheOthersWithItsOwnGroup() throws Exception {
        String key = UUID.randomUUID().toString();
        send(broker.clientProperties(KafkaUser.PORTAL_API), Topics.PORTAL_REQUESTS, key);
        send(broker.clientProperties(KafkaUser.INBOX_SERVICE), Topics.INBOX_EVENTS, key);
        send(broker.clientProperties(KafkaUser.PORTAL_API), Topics.INBOX_EVENTS + ".dlq", key);

        assertThat(read(broker.clientProperties(KafkaUser.INBOX_SERVICE), "inbox-service", Topics.PORTAL_REQUESTS,
                key)).isTrue();
        assertThat(read(broker.clientProperties(KafkaUser.PORTAL_API), "portal-api", Topics.INBOX_EVENTS, key))
                .isTrue();
    }

    private static void send(Properties connection, String topic, String key) throws Exception {
        Properties props = new Properties();
        props.putAll(connection);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, "5000");
        props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "10000");
        props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, "5000");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props, new StringSerializer(),
                new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, key, "{}")).get(20, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    /** Subscribes with the group and polls until the broker answers: an authorization error is thrown. */
    private static void poll(Properties connection, String group, String topic) {
        read(connection, group, topic, null);
    }

    /** Reads the topic from its start with the group (without committing) until a record has the key: whether one had. */
    private static boolean read(Properties connection, String group, String topic, String key) {
        Properties props = new Properties();
        props.putAll(connection);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props, new StringDeserializer(),
                new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            for (int i = 0; i < 120; i++) {
                for (var record : consumer.poll(Duration.ofMillis(500))) {
                    if (record.key().equals(key)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
