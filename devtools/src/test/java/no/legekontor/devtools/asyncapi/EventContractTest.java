package no.legekontor.devtools.asyncapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import no.legekontor.devtools.TopicClient;
import no.legekontor.shared.event.Topics;
import org.junit.jupiter.api.Test;

class EventContractTest {

    private static final String EVENT_ID = "6f1c1d56-8d0e-4a0b-9a57-4f3c1e2a9b10";
    private static final String CONVERSATION = "0b7e3c52-3a3e-4c55-8e63-2d1f4a6b7c80";
    private static final String ITEM = "2c9d8e7f-6a5b-4c3d-9e1f-0a1b2c3d4e5f";

    private static final String RECEIVED_PAYLOAD = """
            {"conversationId":"%s","inboxItemId":"%s","receivedAt":"2026-12-07T10:00:00+01:00",\
            "replyDueBy":"2026-12-14T23:59:59+01:00","itemState":{"revision":1,"status":"OPEN",\
            "replyDueBy":"2026-12-14T23:59:59+01:00","targetBy":null,"possiblyUrgent":false,"patientMessages":1}}"""
            .formatted(CONVERSATION, ITEM);

    private final EventContract contract = EventContract.described();

    @Test
    void anEventAsTheServicesWriteItMatchesItsMessage() {
        assertThat(contract.violations(Topics.INBOX_EVENTS, record("RequestReceived", RECEIVED_PAYLOAD))).isEmpty();
    }

    @Test
    void aPayloadThatLeavesItsSchemaFailsNamingTheTypeAndTheField() {
        String broken = RECEIVED_PAYLOAD.replace("\"revision\":1", "\"revision\":\"one\"")
                .replace("\"receivedAt\":\"2026-12-07T10:00:00+01:00\",", "");
        assertThat(contract.violations(Topics.INBOX_EVENTS, record("RequestReceived", broken)))
                .anySatisfy(v -> assertThat(v).contains("RequestReceived payload").contains("revision")
                        .contains("type"))
                .anySatisfy(v -> assertThat(v).contains("RequestReceived payload").contains("required"))
                .allSatisfy(v -> assertThat(v).startsWith("inbox.events.v1 partition 0 offset 7"));
    }

    @Test
    void anEventOnAnotherTopicThanItsOwnFails() {
        assertThat(contract.violations(Topics.PORTAL_REQUESTS, record("RequestReceived", RECEIVED_PAYLOAD)))
                .singleElement().asString().contains("RequestReceived is not a message of portal.requests.v1");
    }

    @Test
    void aTypeHeaderThatDisagreesWithTheEnvelopeFails() {
        TopicClient.Received record = record("RequestReceived", RECEIVED_PAYLOAD);
        TopicClient.Received mislabelled = new TopicClient.Received(record.key(), record.value(),
                Map.of(Topics.HEADER_EVENT_ID, EVENT_ID, Topics.HEADER_EVENT_TYPE, "ReplyPosted"), 0, 7);
        assertThat(contract.violations(Topics.INBOX_EVENTS, mislabelled)).isNotEmpty()
                .allSatisfy(v -> assertThat(v).contains("ReplyPosted payload"));
    }

    @Test
    void aDeadLetterMayBeAnythingButMustSayWhyAndWhereFrom() {
        Map<String, String> headers = Map.of(Topics.HEADER_EVENT_TYPE, "RequestReceived",
                "dlq-reason", "RequestReceived payload does not match its schema (MismatchedInputException)",
                "dlq-original-topic", Topics.INBOX_EVENTS, "dlq-original-partition", "2",
                "dlq-original-offset", "41");
        TopicClient.Received poison = new TopicClient.Received(CONVERSATION, "{\"conversationId\":\"not-a-uuid\"}",
                headers, 2, 3);
        assertThat(contract.violations(Topics.INBOX_EVENTS + ".dlq", poison)).isEmpty();

        Map<String, String> withoutReason = new java.util.HashMap<>(headers);
        withoutReason.remove("dlq-reason");
        assertThat(contract.violations(Topics.INBOX_EVENTS + ".dlq",
                new TopicClient.Received(CONVERSATION, "not json", withoutReason, 2, 3)))
                .singleElement().asString().contains("DeadLetter headers").contains("required");
    }

    private static TopicClient.Received record(String type, String payload) {
        String envelope = """
                {"id":"%s","type":"%s","schemaVersion":1,"occurredAt":"2026-12-07T10:00:00+01:00",\
                "clinicId":"923456789","aggregateId":"%s","payload":%s}""".formatted(EVENT_ID, type, CONVERSATION,
                payload);
        return new TopicClient.Received(CONVERSATION, envelope,
                Map.of(Topics.HEADER_EVENT_ID, EVENT_ID, Topics.HEADER_EVENT_TYPE, type), 0, 7);
    }
}
