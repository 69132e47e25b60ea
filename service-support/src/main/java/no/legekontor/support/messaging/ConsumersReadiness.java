package no.legekontor.support.messaging;

import io.smallrye.common.annotation.Identifier;
import io.smallrye.reactive.messaging.health.HealthReport;
import io.smallrye.reactive.messaging.providers.extension.HealthCenter;
import jakarta.enterprise.context.ApplicationScoped;
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
 * handler has failed for longer than {@code messaging.consumers.stalled-after} for a transient
 * reason, e.g. the database is away or read-only): that replica truly cannot work, and it comes
 * back by itself.
 * <p>
 * DOWN for good once a channel has stopped: the Kafka connector stops a channel when something
 * escapes the consumer's method or the connector itself fails (a record it cannot deserialize, a
 * commit it cannot make), and reports it in SmallRye's liveness, which the latch would otherwise
 * hide. Such a replica consumes nothing until it is restarted. The failure's message stays in the
 * log (it can quote values); readiness names the channel only.
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

    @Inject
    HealthCenter channels;

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
        for (HealthReport.ChannelInfo channel : channels.getLiveness().getChannels()) {
            if (!channel.isOk()) {
                response.withData("channel " + channel.getChannel(), "stopped (see the log): restart the replica");
                response.down();
            }
        }
        return response.build();
    }
}
