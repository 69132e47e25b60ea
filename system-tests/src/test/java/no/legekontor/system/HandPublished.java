package no.legekontor.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import no.legekontor.devtools.Demo;
import no.legekontor.devtools.TopicClient;
import no.legekontor.shared.event.Topics;

/**
 * Records published by hand into a topic a service consumes, as a broken or newer producer would:
 * a poison event (a known type whose payload does not match its schema: no release will read it)
 * and an event of a type a later release may add. The first must end on {@code <topic>.dlq} with its
 * reason, the second parked in the consumer's database; neither may hold up the events after them.
 */
final class HandPublished {

    /** service-support's DeadLetters headers. */
    private static final String DLQ_REASON = "dlq-reason";
    private static final String DLQ_ORIGINAL_TOPIC = "dlq-original-topic";

    private final RunningSystem system;
    private final String topic;
    private final String knownType;
    private final UUID poison = UUID.randomUUID();
    private final UUID unknown = UUID.randomUUID();

    HandPublished(RunningSystem system, String topic, String knownType) {
        this.system = system;
        this.topic = topic;
        this.knownType = knownType;
    }

    void publishPoisonAndUnknown() {
        TopicClient client = new TopicClient(system.broker.bootstrapServers());
        client.publish(topic, poison.toString(), envelope(poison, knownType, "{\"conversationId\":\"not-a-uuid\"}"),
                Map.of(Topics.HEADER_EVENT_ID, poison.toString(), Topics.HEADER_EVENT_TYPE, knownType));
        client.publish(topic, unknown.toString(), envelope(unknown, "SomethingNew", "{\"what\":\"a later release\"}"),
                Map.of(Topics.HEADER_EVENT_ID, unknown.toString(), Topics.HEADER_EVENT_TYPE, "SomethingNew"));
    }

    void assertPoisonDeadLetteredAndUnknownParkedIn(String consumerDatabase) {
        TopicClient client = new TopicClient(system.broker.bootstrapServers());
        Predicate<TopicClient.Received> thePoison =
                record -> poison.toString().equals(record.headers().get(Topics.HEADER_EVENT_ID));
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> !client.readAll(topic + ".dlq", thePoison).isEmpty());
        // Read to the end, not to the first copy: a second one must show.
        assertThat(client.readAll(topic + ".dlq", thePoison)).as("the poison on %s.dlq", topic).singleElement()
                .satisfies(record -> {
                    assertThat(record.headers().get(DLQ_REASON)).contains(knownType)
                            .contains("does not match its schema");
                    assertThat(record.headers().get(DLQ_ORIGINAL_TOPIC)).isEqualTo(topic);
                });
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(ExactlyOnce.countBy(system, consumerDatabase,
                        "select event_id, count(*) from parked_event where event_id = any(?) group by 1",
                        Set.of(poison, unknown)))
                        .as("events parked from %s", topic).containsExactlyEntriesOf(Map.of(unknown, 1L)));
    }

    private static String envelope(UUID id, String type, String payload) {
        return """
                {"id":"%s","type":"%s","schemaVersion":1,"occurredAt":"2026-11-30T10:00:00Z",\
                "clinicId":"%s","aggregateId":"%s","payload":%s}""".formatted(id, type, Demo.DEMO_CLINIC, id, payload);
    }
}
