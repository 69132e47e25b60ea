package no.legekontor.support.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.reactive.messaging.health.HealthReport;
import io.smallrye.reactive.messaging.providers.extension.HealthCenter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;

class ConsumersReadinessTest {

    static final String REQUESTS = "portal.requests.v1";

    final ConsumerAssignments assignments = new ConsumerAssignments();
    final ConsumerHealth health = new ConsumerHealth();
    final List<HealthReport.ChannelInfo> channels = new ArrayList<>();
    final ConsumersReadiness readiness = readiness(assignments, health, channels);

    ConsumersReadinessTest() {
        health.stalledAfter = Duration.ZERO;
    }

    @Test
    void notReadyUntilTheConsumerHasItsPartitions() {
        assertThat(readiness.call().getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);

        assignments.onPartitionsAssigned(consumerOf(REQUESTS), List.of(new TopicPartition(REQUESTS, 0)));

        assertThat(readiness.call().getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
    }

    @Test
    void staysReadyWhenThePartitionsAreTakenAwayLater() {
        MockConsumer<String, byte[]> consumer = consumerOf(REQUESTS);
        List<TopicPartition> partitions = List.of(new TopicPartition(REQUESTS, 0));
        assignments.onPartitionsAssigned(consumer, partitions);

        assignments.onPartitionsRevoked(consumer, partitions);
        assignments.onPartitionsLost(consumer, partitions);

        assertThat(readiness.call().getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
    }

    @Test
    void aReplicaBeyondThePartitionCountIsReadyOnceItHasJoined() {
        assignments.onPartitionsAssigned(consumerOf(REQUESTS), List.of());

        assertThat(readiness.call().getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
    }

    @Test
    void downWhileAConsumerIsStalledAndUpAgainOnceItWorks() {
        assignments.onPartitionsAssigned(consumerOf(REQUESTS), List.of(new TopicPartition(REQUESTS, 0)));

        health.failing(REQUESTS, "waiting for the database (SQLSTATE 53100)");
        HealthCheckResponse stalled = readiness.call();
        assertThat(stalled.getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
        assertThat(stalled.getData().orElseThrow().get(REQUESTS).toString()).startsWith("stalled for")
                .endsWith("waiting for the database (SQLSTATE 53100)");

        health.working(REQUESTS);
        assertThat(readiness.call().getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
    }

    @Test
    void downForGoodOnceAChannelHasStoppedAndNamesItWithoutItsMessage() {
        assignments.onPartitionsAssigned(consumerOf(REQUESTS), List.of(new TopicPartition(REQUESTS, 0)));
        channels.add(new HealthReport.ChannelInfo("portal-requests", true));
        assertThat(readiness.call().getStatus()).isEqualTo(HealthCheckResponse.Status.UP);

        channels.add(new HealthReport.ChannelInfo("portal-requests", false, "Key (national_id)=(14838510036)"));
        HealthCheckResponse stopped = readiness.call();

        assertThat(stopped.getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
        assertThat(stopped.getData().orElseThrow()).containsEntry("channel portal-requests",
                "stopped (see the log): restart the replica");
        assertThat(stopped.getData().orElseThrow().toString()).doesNotContain("14838510036");
    }

    private static MockConsumer<String, byte[]> consumerOf(String topic) {
        MockConsumer<String, byte[]> consumer = new MockConsumer<>("earliest");
        consumer.subscribe(List.of(topic));
        return consumer;
    }

    private static ConsumersReadiness readiness(ConsumerAssignments assignments, ConsumerHealth health,
            List<HealthReport.ChannelInfo> channels) {
        ConsumersReadiness readiness = new ConsumersReadiness();
        readiness.assignments = assignments;
        readiness.health = health;
        readiness.channels = new HealthCenter() {
            @Override
            public HealthReport getLiveness() {
                return new HealthReport(channels);
            }
        };
        readiness.config = new TopicsConfig() {
            public Optional<List<String>> produced() {
                return Optional.of(List.of("inbox.events.v1"));
            }

            public Optional<List<String>> consumed() {
                return Optional.of(List.of(REQUESTS));
            }

            public int partitions() {
                return 3;
            }

            public short replicationFactor() {
                return 1;
            }

            public Duration startupWait() {
                return Duration.ofSeconds(5);
            }

            public Duration retryInterval() {
                return Duration.ofSeconds(2);
            }
        };
        return readiness;
    }
}
