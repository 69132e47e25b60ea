package no.legekontor.support.outbox;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.apache.kafka.clients.producer.Partitioner;
import org.apache.kafka.common.Cluster;
import org.apache.kafka.common.utils.Utils;

/**
 * Makes the relay's sends of chosen events fail with a chosen exception, the rest go to the real
 * broker as usual. It is the relay producer's partitioner in the test application
 * ({@code outbox.producer."partitioner.class"}; without a plan it places a record as the default
 * partitioner does): the producer calls it inside {@code send} and hands an {@code ApiException}
 * it throws to the record's future and callback, exactly as it hands over the broker's answer; any
 * other exception it throws leaves {@code send} itself. Records are chosen by their event id, which
 * the value (the envelope) carries.
 */
public class FailingSends implements Partitioner {

    private record Plan(Supplier<RuntimeException> error, AtomicInteger times) {
    }

    private static final Map<UUID, Plan> PLANS = new ConcurrentHashMap<>();

    /** The next {@code times} sends of the event fail with a new {@code error}. */
    static void fail(UUID eventId, int times, Supplier<RuntimeException> error) {
        PLANS.put(eventId, new Plan(error, new AtomicInteger(times)));
    }

    static void clear() {
        PLANS.clear();
    }

    @Override
    public int partition(String topic, Object key, byte[] keyBytes, Object value, byte[] valueBytes, Cluster cluster) {
        if (!PLANS.isEmpty() && valueBytes != null) {
            String envelope = new String(valueBytes, 0, Math.min(valueBytes.length, 200), StandardCharsets.UTF_8);
            PLANS.forEach((eventId, plan) -> {
                if (envelope.contains(eventId.toString()) && plan.times().getAndDecrement() > 0) {
                    throw plan.error().get();
                }
            });
        }
        // As the default partitioner places a keyed record.
        return Utils.toPositive(Utils.murmur2(keyBytes)) % cluster.partitionCountForTopic(topic);
    }

    @Override
    public void close() {
    }

    @Override
    public void configure(Map<String, ?> configs) {
    }
}
