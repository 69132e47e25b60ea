package no.legekontor.support.tracing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import no.legekontor.devtools.TopicClient;
import no.legekontor.shared.event.EventEnvelope;
import no.legekontor.shared.event.Topics;
import no.legekontor.support.messaging.EventCodec;
import no.legekontor.support.outbox.Outbox;
import no.legekontor.support.outbox.OutboxRelay;
import no.legekontor.support.testapp.Events;
import no.legekontor.support.testapp.TestEvents;
import org.junit.jupiter.api.Test;

/**
 * A request's trace goes through the outbox and Kafka: the row stores the writing span's
 * traceparent, the relay sends it as a header, and the consumer applies the event in a span of the
 * same trace, which its log lines carry.
 */
@QuarkusTest
class EventTracesTest {

    private static final AttributeKey<String> MESSAGE_ID = AttributeKey.stringKey("messaging.message.id");

    @Inject
    Tracer tracer;

    @Inject
    Outbox outbox;

    @Inject
    OutboxRelay relay;

    @Inject
    EventCodec codec;

    @Inject
    DataSource database;

    @Inject
    InMemorySpanExporter spans;

    @Test
    void anEventWrittenInARequestsSpanIsPublishedWithThatSpansTraceparent() {
        Events events = new Events(codec);
        EventEnvelope event = events.event(UUID.randomUUID(), false);
        Span request = tracer.spanBuilder("request").setSpanKind(SpanKind.SERVER).startSpan();
        try (Scope ignored = request.makeCurrent()) {
            QuarkusTransaction.requiringNew().run(() -> outbox.add(TestEvents.TOPIC, "conversation", event));
        } finally {
            request.end();
        }
        relay.wake();

        List<TopicClient.Received> published = events.topics().readUntil(TestEvents.TOPIC,
                record -> event.id().toString().equals(record.headers().get(Topics.HEADER_EVENT_ID)),
                records -> !records.isEmpty(), Duration.ofSeconds(30));

        assertThat(published).hasSize(1);
        SpanContext writer = request.getSpanContext();
        assertThat(published.get(0).headers().get(Topics.HEADER_TRACEPARENT))
                .isEqualTo("00-" + writer.getTraceId() + "-" + writer.getSpanId() + "-01");
    }

    @Test
    void theConsumerAppliesAnEventInTheTraceItsRecordCarriesAndLogsItsTraceId() throws SQLException {
        Events events = new Events(codec);
        EventEnvelope event = events.event(UUID.randomUUID(), false);
        String traceId = UUID.randomUUID().toString().replace("-", "");
        String parentSpanId = traceId.substring(0, 16);
        events.topics().publish(TestEvents.TOPIC, event.aggregateId().toString(), events.json(event), Map.of(
                Topics.HEADER_EVENT_ID, event.id().toString(), Topics.HEADER_EVENT_TYPE, event.type(),
                Topics.HEADER_TRACEPARENT, "00-" + traceId + "-" + parentSpanId + "-01"));

        await().atMost(Duration.ofSeconds(60)).until(() -> handledTraces(event.id()) != null);

        assertThat(handledTraces(event.id())).as("the trace id of the handler's span, and of its log lines")
                .containsExactly(traceId, traceId);
        SpanData applied = await().atMost(Duration.ofSeconds(30))
                .until(() -> spanOf(event), Optional::isPresent).orElseThrow();
        assertThat(applied.getName()).isEqualTo(TestEvents.CONSUMER + " " + event.type());
        assertThat(applied.getKind()).isEqualTo(SpanKind.CONSUMER);
        assertThat(applied.getTraceId()).isEqualTo(traceId);
        assertThat(applied.getParentSpanId()).isEqualTo(parentSpanId);
    }

    private Optional<SpanData> spanOf(EventEnvelope event) {
        return spans.getFinishedSpanItems().stream()
                .filter(span -> event.id().toString().equals(span.getAttributes().get(MESSAGE_ID)))
                .findFirst();
    }

    /** The trace id the handler's span and its log lines (MDC) had for the event; null before it was handled. */
    private List<String> handledTraces(UUID eventId) throws SQLException {
        try (Connection c = database.getConnection();
             PreparedStatement query = c.prepareStatement(
                     "select trace_id, logged_trace_id from handled_event where event_id = ?")) {
            query.setObject(1, eventId);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? Arrays.asList(row.getString(1), row.getString(2)) : null;
            }
        }
    }
}
