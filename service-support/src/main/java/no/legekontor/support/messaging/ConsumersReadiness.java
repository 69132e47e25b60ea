package no.legekontor.support.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import io.smallrye.common.annotation.Identifier;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready once the consumer of every consumed topic has had its partitions assigned, so that the
 * first request after readiness travels as fast as later ones. Latched: once there, it stays UP
 * while Kafka is away, because the outbox keeps taking requests and taking the service out of the
 * load balancer would refuse what it can safely take. DOWN while a consumer is stalled (its
 * handler has failed for longer than {@code messaging.consumers.stalled-after} because the
 * database is away): that replica truly cannot work, and it comes back by itself.
 */
@Readiness
@ApplicationScoped
public class ConsumersReadiness implements HealthCheck {

    @Inject
    TopicsConfig config;

    @Inject
    @Identifier(ConsumerAssignments.NAME)
    ConsumerAssignments assignments;

    @Inject
    ConsumerHealth health;

    @Override
    public HealthCheckResponse call() {
        List<String> consumed = config.consumed().orElse(List.of());
        HealthCheckResponseBuilder response = HealthCheckResponse.named("kafka-consumers").up();
        for (String topic : consumed) {
            boolean joined = assignments.joined(topic);
            var stalled = health.stalled(topic);
            if (stalled.isPresent()) {
                response.withData(topic, "stalled for " + stalled.get().duration().toSeconds() + " s: "
                        + stalled.get().reason());
                response.down();
            } else {
                response.withData(topic, joined ? "partitions assigned" : "waiting for partitions");
                if (!joined) {
                    response.down();
                }
            }
        }
        return response.build();
    }
}
