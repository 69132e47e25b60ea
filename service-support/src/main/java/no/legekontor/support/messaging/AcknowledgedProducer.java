package no.legekontor.support.messaging;

import java.util.Properties;
import org.apache.kafka.clients.producer.ProducerConfig;

/**
 * The producer settings of everything that must know the broker has a record before it goes on
 * (the outbox relay deletes its row, a consumer commits past a dead letter): every in-sync replica
 * acknowledges, the idempotent producer never writes a retried record twice, and a broker that is
 * away makes a send fail within seconds instead of blocking the caller's transaction.
 */
public final class AcknowledgedProducer {

    private AcknowledgedProducer() {
    }

    /** These settings on top of the connection's ({@link KafkaConnection#properties()}). */
    public static Properties properties(Properties connection, String clientId) {
        Properties props = new Properties();
        props.putAll(connection);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, "2000");
        props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, "5000");
        props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "10000");
        props.put(ProducerConfig.CLIENT_ID_CONFIG, clientId);
        return props;
    }
}
