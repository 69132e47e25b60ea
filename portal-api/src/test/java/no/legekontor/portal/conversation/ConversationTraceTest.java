package no.legekontor.portal.conversation;

import static no.legekontor.devtools.Demo.DEMO_CLINIC;
import static no.legekontor.devtools.Demo.KARI;
import static no.legekontor.portal.support.Api.asPatient;
import static no.legekontor.portal.support.Api.submitEConsultation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import no.legekontor.devtools.KafkaBrokerResource;
import no.legekontor.devtools.TopicClient;
import no.legekontor.shared.event.EventEnvelope;
import no.legekontor.shared.event.ReplyPosted;
import no.legekontor.shared.event.RequestReceived;
import no.legekontor.shared.event.Topics;
import no.legekontor.support.messaging.EventCodec;
import org.junit.jupiter.api.Test;

/**
 * The portal's part of one trace per request: the patient's POST and the event it writes share a
 * trace, and the inbox's answers are applied in the trace their records carry (the receipt in the
 * patient's, the staff's reply in the reply's own).
 */
@QuarkusTest
class ConversationTraceTest {

    private static final AttributeKey<String> MESSAGE_ID = AttributeKey.stringKey("messaging.message.id");

    @Inject
    EventCodec codec;

    @Inject
    InMemorySpanExporter spans;

    private final TopicClient topics = new TopicClient(KafkaBrokerResource.broker().bootstrapServers());

    @Test
    void thePatientsPostItsEventAndTheClinicsReceiptShareOneTrace() {
        UUID id = UUID.fromString(submitEConsultation(KARI));

        TopicClient.Received submitted = topics.readUntil(Topics.PORTAL_REQUESTS, r -> id.toString().equals(r.key()),
                found -> !found.isEmpty(), Duration.ofSeconds(30)).get(0);
        String[] traceparent = submitted.headers().get(Topics.HEADER_TRACEPARENT).split("-");
        String patientsTrace = traceparent[1];
        SpanData post = await().atMost(Duration.ofSeconds(30))
                .until(() -> span(patientsTrace, SpanKind.SERVER), Optional::isPresent).orElseThrow();
        assertThat(post.getName()).isEqualTo("POST /api/v1/e-consultations");
        assertThat(traceparent[2]).as("the event was written in the POST's span").isEqualTo(post.getSpanId());

        // inbox-service's receipt, written in the intake's span of the same trace (IntakeTraceTest).
        String intakeSpan = UUID.randomUUID().toString().replace("-", "").substring(16);
        EventEnvelope receipt = EventEnvelope.of(new RequestReceived(id, UUID.randomUUID(), now(), now().plusDays(7)),
                DEMO_CLINIC, id, now());
        publish(receipt, "00-" + patientsTrace + "-" + intakeSpan + "-01");
        awaitStatus(id, "RECEIVED");
        SpanData applied = await().atMost(Duration.ofSeconds(30))
                .until(() -> spanOf(receipt), Optional::isPresent).orElseThrow();
        assertThat(applied.getKind()).isEqualTo(SpanKind.CONSUMER);
        assertThat(applied.getTraceId()).isEqualTo(patientsTrace);
        assertThat(applied.getParentSpanId()).isEqualTo(intakeSpan);

        // The staff's reply is a request of its own in inbox-service; the portal applies it in that trace.
        String repliesTrace = UUID.randomUUID().toString().replace("-", "");
        EventEnvelope reply = EventEnvelope.of(new ReplyPosted(id, UUID.randomUUID(), "Bruk fuktighetskrem.",
                "Lise Berg", "9100001", "gp", now()), DEMO_CLINIC, id, now());
        publish(reply, "00-" + repliesTrace + "-" + repliesTrace.substring(0, 16) + "-01");
        awaitStatus(id, "ANSWERED");
        SpanData answered = await().atMost(Duration.ofSeconds(30))
                .until(() -> spanOf(reply), Optional::isPresent).orElseThrow();
        assertThat(answered.getTraceId()).isEqualTo(repliesTrace);
    }

    private Optional<SpanData> span(String traceId, SpanKind kind) {
        List<SpanData> finished = spans.getFinishedSpanItems();
        return finished.stream().filter(span -> span.getTraceId().equals(traceId) && span.getKind() == kind)
                .findFirst();
    }

    private Optional<SpanData> spanOf(EventEnvelope event) {
        List<SpanData> finished = spans.getFinishedSpanItems();
        return finished.stream().filter(span -> event.id().toString().equals(span.getAttributes().get(MESSAGE_ID)))
                .findFirst();
    }

    private void publish(EventEnvelope event, String traceparent) {
        topics.publish(Topics.INBOX_EVENTS, event.aggregateId().toString(), codec.encodeToString(event),
                Map.of(Topics.HEADER_EVENT_ID, event.id().toString(), Topics.HEADER_EVENT_TYPE, event.type(),
                        Topics.HEADER_TRACEPARENT, traceparent));
    }

    private static void awaitStatus(UUID id, String status) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                asPatient(KARI).get("/api/v1/conversations/" + id).then().body("status", equalTo(status)));
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.ofHours(1));
    }
}
