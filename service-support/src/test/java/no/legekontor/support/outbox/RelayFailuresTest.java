package no.legekontor.support.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;
import no.legekontor.shared.event.EventEnvelope;
import no.legekontor.support.messaging.EventCodec;
import no.legekontor.support.testapp.Events;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.ClusterAuthorizationException;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.errors.UnknownServerException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What the relay does when the broker refuses a row: a refusal that a broker or an operator can mend
 * (authorization, authentication, an error the relay does not know) is retried for as long as it
 * lasts, never blocked; a row that can never be published (too large) is blocked. Either way the
 * conversation's later rows reach the topic only after the earlier one, and other conversations go on.
 * Failures are made by {@link FailingSends} in the real producer (the test application's
 * partitioner); the broker is real.
 */
@QuarkusTest
class RelayFailuresTest {

    /** More than outbox.max-attempts (5): a row failing this often would have been blocked. */
    private static final int FAILURES = 7;

    @Inject
    EntityManager em;

    @Inject
    EventCodec codec;

    @Inject
    OutboxRelay relay;

    @Inject
    MeterRegistry meters;

    @AfterEach
    void noMoreFailures() {
        FailingSends.clear();
    }

    static Stream<Arguments> recoverableRefusals() {
        return Stream.of(
                Arguments.of("TopicAuthorizationException", (Supplier<RuntimeException>) () ->
                        new TopicAuthorizationException("Not authorized to access topics: [support.test.v1]")),
                Arguments.of("ClusterAuthorizationException", (Supplier<RuntimeException>) () ->
                        new ClusterAuthorizationException("Cluster authorization failed.")),
                Arguments.of("SaslAuthenticationException", (Supplier<RuntimeException>) () ->
                        new SaslAuthenticationException("Authentication failed during authentication")),
                Arguments.of("UnknownServerException", (Supplier<RuntimeException>) () ->
                        new UnknownServerException("The server experienced an unexpected error")),
                // not an ApiException: thrown by send itself rather than handed to the future
                Arguments.of("KafkaException", (Supplier<RuntimeException>) () ->
                        new KafkaException("Unexpected error in send")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("recoverableRefusals")
    void aRefusalThatCanBeMendedIsRetriedNotBlockedAndTheConversationsLaterEventFollowsIt(String kind,
            Supplier<RuntimeException> refusal) {
        Events events = new Events(codec);
        OutboxRows rows = new OutboxRows(em, events);
        UUID conversation = UUID.randomUUID();
        EventEnvelope refused = events.event(conversation, false);
        EventEnvelope later = events.event(conversation, false);
        EventEnvelope other = events.event(UUID.randomUUID(), false);
        double countedBefore = failures(kind);
        FailingSends.fail(refused.id(), FAILURES, refusal);
        rows.write(refused, null);
        rows.write(later, null);
        rows.write(other, null);
        relay.wake();

        rows.awaitPublished(other);
        long refusedOffset = rows.awaitPublished(refused);
        long laterOffset = rows.awaitPublished(later);

        assertThat(rows.published(refused)).as("the refused event, once it went through").hasSize(1);
        assertThat(rows.published(later)).as("the later event, only after the refused one").hasSize(1)
                .allSatisfy(copy -> assertThat(copy.offset()).isGreaterThan(refusedOffset));
        assertThat(laterOffset).isGreaterThan(refusedOffset);
        assertThat(failures(kind) - countedBefore).as("outbox.failed{error=%s}", kind).isEqualTo(FAILURES);
    }

    @Test
    void aRecordTooLargeIsBlockedAndTheConversationsLaterEventNeverReachesTheTopic() {
        Events events = new Events(codec);
        OutboxRows rows = new OutboxRows(em, events);
        UUID conversation = UUID.randomUUID();
        EventEnvelope tooLarge = events.event(conversation, false);
        EventEnvelope later = events.event(conversation, false);
        EventEnvelope other = events.event(UUID.randomUUID(), false);
        double blockedBefore = meters.counter("outbox.blocked").count();
        // over the producer's max.request.size (1 MiB): the client refuses it before it leaves
        rows.writePayload(tooLarge, "{\"id\":\"" + tooLarge.id() + "\",\"padding\":\"" + "x".repeat(1_100_000)
                + "\"}", null);
        rows.write(later, null);
        rows.write(other, null);
        relay.wake();

        rows.awaitPublished(other);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(rows.state(tooLarge))
                .as("the too-large row").isNotNull().satisfies(state -> {
                    assertThat(state.blocked()).isTrue();
                    assertThat(state.attempts()).isEqualTo(5);
                    assertThat(state.lastError()).startsWith("RecordTooLargeException");
                }));
        relay.relayOnce();

        assertThat(rows.published(tooLarge)).isEmpty();
        assertThat(rows.published(later)).as("the conversation's later event").isEmpty();
        assertThat(rows.stillInOutbox(later)).isTrue();
        assertThat(meters.counter("outbox.blocked").count() - blockedBefore).isEqualTo(1);
        assertThat(failures("RecordTooLargeException")).isGreaterThanOrEqualTo(5);
    }

    private double failures(String kind) {
        return meters.counter("outbox.failed", "error", kind).count();
    }
}
