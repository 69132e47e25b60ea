package no.legekontor.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import no.legekontor.devtools.TopicClient;
import no.legekontor.shared.event.Topics;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The fault tests' count of events read back from a topic (ExactlyOnce), fed records by hand: a
 * second event for one conversation or reply fails it, as does a missing one; the relay's copies of
 * one event do not. No system runs.
 */
@Tag("stack")
class ExactlyOnceTest {

    private static final String KARIS = UUID.randomUUID().toString();
    private static final String OLAS = UUID.randomUUID().toString();
    private static final String FIRST = UUID.randomUUID().toString();
    private static final String SECOND = UUID.randomUUID().toString();
    private static final String OLAS_EVENT = UUID.randomUUID().toString();

    @Test
    void aSecondRequestSubmittedForOneConversationFailsTheCheck() {
        Map<String, Set<String>> events = ExactlyOnce.eventsPer(List.of(
                record(KARIS, FIRST, "RequestSubmitted", "{}", 0),
                record(OLAS, OLAS_EVENT, "RequestSubmitted", "{}", 1),
                record(KARIS, SECOND, "RequestSubmitted", "{}", 2)), "RequestSubmitted", TopicClient.Received::key);

        assertThat(events).containsEntry(KARIS, Set.of(FIRST, SECOND));
        assertThatThrownBy(() -> ExactlyOnce.assertOneEventEach("requests", events, Set.of(KARIS, OLAS)))
                .isInstanceOf(AssertionError.class).hasMessageContaining(KARIS);
    }

    @Test
    void aSecondReplyPostedForOneReplyFailsTheCheck() {
        String reply = UUID.randomUUID().toString();
        String envelope = "{\"id\":\"%s\",\"type\":\"ReplyPosted\",\"payload\":{\"conversationId\":\"" + KARIS
                + "\",\"replyId\":\"" + reply + "\"}}";
        Map<String, Set<String>> events = ExactlyOnce.eventsPer(List.of(
                record(KARIS, FIRST, "ReplyPosted", envelope.formatted(FIRST), 0),
                record(KARIS, OLAS_EVENT, "RequestReceived", "{}", 1),
                record(KARIS, SECOND, "ReplyPosted", envelope.formatted(SECOND), 2)), "ReplyPosted",
                ExactlyOnce::replyId);

        assertThat(events).containsOnlyKeys(reply);
        assertThatThrownBy(() -> ExactlyOnce.assertOneEventEach("replies", events, Set.of(reply)))
                .isInstanceOf(AssertionError.class).hasMessageContaining(reply);
    }

    @Test
    void copiesOfOneEventAreOneEventButAMissingOneFailsTheCheck() {
        Map<String, Set<String>> events = ExactlyOnce.eventsPer(List.of(
                record(KARIS, FIRST, "RequestSubmitted", "{}", 0),
                record(KARIS, FIRST, "RequestSubmitted", "{}", 5)), "RequestSubmitted", TopicClient.Received::key);

        assertThat(events).containsExactlyEntriesOf(Map.of(KARIS, Set.of(FIRST)));
        ExactlyOnce.assertOneEventEach("requests", events, Set.of(KARIS));
        assertThatThrownBy(() -> ExactlyOnce.assertOneEventEach("requests", events, Set.of(KARIS, OLAS)))
                .isInstanceOf(AssertionError.class).hasMessageContaining(OLAS);
    }

    private static TopicClient.Received record(String key, String eventId, String type, String value, long offset) {
        return new TopicClient.Received(key, value, Map.of(Topics.HEADER_EVENT_ID, eventId,
                Topics.HEADER_EVENT_TYPE, type), 0, offset);
    }
}
