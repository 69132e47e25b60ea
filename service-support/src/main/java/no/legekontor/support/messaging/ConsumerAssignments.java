package no.legekontor.support.messaging;

import io.smallrye.common.annotation.Identifier;
import io.smallrye.reactive.messaging.kafka.KafkaConsumerRebalanceListener;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;

/**
 * Remembers which subscribed topics have had a consumer join its group since start. Named on each
 * incoming channel with {@code mp.messaging.incoming.<channel>.consumer-rebalance-listener.name=}
 * {@value #NAME}. A join counts even with no partitions (a replica beyond the partition count has
 * joined all the same), and is never forgotten: see {@link ConsumersReadiness}.
 */
@ApplicationScoped
@Identifier(ConsumerAssignments.NAME)
public class ConsumerAssignments implements KafkaConsumerRebalanceListener {

    /** The listener's name in the channel configuration. */
    public static final String NAME = "consumer-assignments";

    private final Set<String> joined = ConcurrentHashMap.newKeySet();

    @Override
    public void onPartitionsAssigned(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        joined.addAll(consumer.subscription());
        partitions.forEach(partition -> joined.add(partition.topic()));
    }

    /** Whether a consumer of the topic has had its partitions assigned since start. */
    public boolean joined(String topic) {
        return joined.contains(topic);
    }
}
