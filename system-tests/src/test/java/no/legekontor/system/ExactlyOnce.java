package no.legekontor.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.legekontor.devtools.TopicClient;
import no.legekontor.shared.event.Topics;

/**
 * What a fault must never do: every request the portal accepted (201) reaches the clinic's inbox
 * once, and every reply the inbox stored (each 201, and any whose answer the client never saw)
 * reaches the patient's conversation once.
 *
 * <p>The databases alone cannot show a duplicate: {@code inbox_item.conversation_id} is unique and a
 * conversation message's id is the reply's, so a second copy is refused, not stored. So duplicates
 * are counted where they can show: the events on the topics, read to their end (one
 * {@code RequestSubmitted} per accepted conversation, one {@code ReplyPosted} per stored reply; copies
 * of one event id are one event, which consumers deduplicate), the dead-letter topics (where a
 * second copy refused by a unique key would end), and the patient's clinic messages per conversation
 * against the inbox's replies.
 */
final class ExactlyOnce {

    private static final Duration PATIENCE = Duration.ofSeconds(120);
    private static final ObjectMapper JSON = new ObjectMapper();

    private ExactlyOnce() {
    }

    static void assertEveryRequestAndReplyArrivedOnce(RunningSystem system, RequestStream stream) throws SQLException {
        Set<UUID> conversations = stream.acceptedConversations();
        assertThat(conversations).as("accepted submissions").hasSizeGreaterThanOrEqualTo(500);
        Set<String> keys = conversations.stream().map(UUID::toString).collect(Collectors.toSet());
        TopicClient topics = new TopicClient(system.broker.bootstrapServers());

        assertOneEventEach("RequestSubmitted events per accepted conversation",
                eventsPer(topics.readAll(Topics.PORTAL_REQUESTS, record -> keys.contains(record.key())),
                        "RequestSubmitted", TopicClient.Received::key), keys);
        Map<UUID, Long> items = countBy(system, system.inboxDatabase,
                "select conversation_id, count(*) from inbox_item where conversation_id = any(?) group by 1",
                conversations);
        assertThat(items).as("inbox items per accepted conversation").hasSize(conversations.size())
                .allSatisfy((conversation, count) -> assertThat(count).as("items of %s", conversation).isEqualTo(1));

        Map<UUID, Long> stored = countBy(system, system.inboxDatabase, """
                select r.id, count(*) from inbox_reply r join inbox_item i on i.id = r.item_id
                where i.conversation_id = any(?) group by 1""", conversations);
        assertThat(stored.keySet()).as("replies stored by the inbox").containsAll(stream.acceptedReplies());
        Map<UUID, Long> repliesPerConversation = countBy(system, system.inboxDatabase, """
                select i.conversation_id, count(*) from inbox_reply r join inbox_item i on i.id = r.item_id
                where i.conversation_id = any(?) group by 1""", conversations);
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                assertThat(countBy(system, system.portalDatabase, """
                        select conversation_id, count(*) from conversation_message
                        where sender = 'CLINIC' and conversation_id = any(?) group by 1""", conversations))
                        .as("clinic messages per conversation, as many as the inbox's replies")
                        .containsExactlyInAnyOrderEntriesOf(repliesPerConversation));
        assertThat(countBy(system, system.portalDatabase,
                "select id, count(*) from conversation_message where sender = 'CLINIC' and id = any(?) group by 1",
                stored.keySet())).as("stored replies in the patients' conversations, by reply id")
                .containsOnlyKeys(stored.keySet());
        assertOneEventEach("ReplyPosted events per stored reply",
                eventsPer(topics.readAll(Topics.INBOX_EVENTS, record -> keys.contains(record.key())),
                        "ReplyPosted", ExactlyOnce::replyId),
                stored.keySet().stream().map(UUID::toString).collect(Collectors.toSet()));

        for (String topic : List.of(Topics.PORTAL_REQUESTS, Topics.INBOX_EVENTS)) {
            assertThat(topics.readAll(topic + ".dlq", record -> keys.contains(record.key())))
                    .as("events of the stream's conversations dead-lettered from %s", topic)
                    .extracting(record -> record.headers().get(Topics.HEADER_EVENT_TYPE) + " "
                            + record.headers().get("dlq-reason"))
                    .isEmpty();
        }
    }

    /**
     * The distinct events of {@code type} per key, from records read back from a topic: copies of one
     * event id (a relay that published again) are one event, two ids for one key are two events.
     */
    static Map<String, Set<String>> eventsPer(List<TopicClient.Received> records, String type,
            Function<TopicClient.Received, String> key) {
        return records.stream()
                .filter(record -> type.equals(record.headers().get(Topics.HEADER_EVENT_TYPE)))
                .collect(Collectors.groupingBy(key, TreeMap::new,
                        Collectors.mapping(record -> record.headers().get(Topics.HEADER_EVENT_ID),
                                Collectors.toCollection(TreeSet::new))));
    }

    /** Exactly the expected keys, each with exactly one event: none lost, none doubled. */
    static void assertOneEventEach(String what, Map<String, Set<String>> events, Set<String> expected) {
        assertThat(events.keySet()).as("%s: keys", what).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(events).as(what).allSatisfy((key, ids) -> assertThat(ids).as("events of %s", key).hasSize(1));
    }

    /** The reply id in a {@code ReplyPosted} envelope. */
    static String replyId(TopicClient.Received record) {
        try {
            return JSON.readTree(record.value()).path("payload").path("replyId").asText();
        } catch (JsonProcessingException e) {
            throw new AssertionError("Not an event on " + Topics.INBOX_EVENTS + " at offset " + record.offset(), e);
        }
    }

    /** Rows of {@code sql} (an id and a count, filtered by {@code ids}) as a map. */
    static Map<UUID, Long> countBy(RunningSystem system, String database, String sql, Set<UUID> ids)
            throws SQLException {
        try (Connection connection = DriverManager.getConnection(system.postgres.jdbcUrl(database),
                system.postgres.user(), "");
                PreparedStatement query = connection.prepareStatement(sql)) {
            query.setArray(1, connection.createArrayOf("uuid", ids.toArray()));
            Map<UUID, Long> counts = new HashMap<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    counts.put(rows.getObject(1, UUID.class), rows.getLong(2));
                }
            }
            return counts;
        }
    }
}
