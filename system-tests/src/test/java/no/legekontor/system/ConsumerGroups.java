package no.legekontor.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Properties;
import no.legekontor.devtools.KafkaUser;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.common.TopicPartition;

/** What the broker says about the services' consumer groups. */
final class ConsumerGroups {

    private ConsumerGroups() {
    }

    /** The group has two members, each holding some of the topic's partitions, together all of them. */
    static void assertSplitBetweenTwoMembers(RunningSystem system, String group, String topic) {
        Properties props = KafkaUser.ADMIN.clientProperties(system.broker.bootstrapServers());
        try (Admin admin = Admin.create(props)) {
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                ConsumerGroupDescription description = admin.describeConsumerGroups(List.of(group)).all().get()
                        .get(group);
                List<MemberDescription> members = List.copyOf(description.members());
                assertThat(members).as("members of %s", group).hasSize(2)
                        .allSatisfy(member -> assertThat(member.assignment().topicPartitions())
                                .as("partitions of a member of %s", group).isNotEmpty()
                                .extracting(TopicPartition::topic).containsOnly(topic));
                assertThat(members.stream().mapToInt(member -> member.assignment().topicPartitions().size()).sum())
                        .as("partitions of %s held", topic).isEqualTo(3);
            });
        }
    }
}
