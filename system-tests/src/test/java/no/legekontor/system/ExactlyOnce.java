package no.legekontor.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What a fault must never do, read from both services' databases: every request the portal accepted
 * (201) is in the clinic's inbox exactly once, and every reply the inbox stored (each 201, and any
 * whose answer the client never saw) is in the patient's conversation exactly once, under its own id.
 */
final class ExactlyOnce {

    private static final Duration PATIENCE = Duration.ofSeconds(120);

    private ExactlyOnce() {
    }

    static void assertEveryRequestAndReplyArrivedOnce(RunningSystem system, RequestStream stream) throws SQLException {
        Set<UUID> conversations = stream.acceptedConversations();
        assertThat(conversations).as("accepted submissions").hasSizeGreaterThanOrEqualTo(500);
        Map<UUID, Long> items = countBy(system, system.inboxDatabase,
                "select conversation_id, count(*) from inbox_item where conversation_id = any(?) group by 1",
                conversations);
        assertThat(items).as("inbox items per accepted conversation").hasSize(conversations.size())
                .allSatisfy((conversation, count) -> assertThat(count).as("items of %s", conversation).isEqualTo(1));

        Map<UUID, Long> stored = countBy(system, system.inboxDatabase, """
                select r.id, count(*) from inbox_reply r join inbox_item i on i.id = r.item_id
                where i.conversation_id = any(?) group by 1""", conversations);
        assertThat(stored.keySet()).as("replies stored by the inbox").containsAll(stream.acceptedReplies());
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                assertThat(countBy(system, system.portalDatabase,
                        "select id, count(*) from conversation_message where sender = 'CLINIC' and id = any(?) group by 1",
                        stored.keySet())).as("replies in the patients' conversations").hasSize(stored.size()));
        assertThat(countBy(system, system.portalDatabase, """
                select conversation_id, count(*) from conversation_message
                where sender = 'CLINIC' and conversation_id = any(?) group by 1""", conversations).values()
                .stream().mapToLong(Long::longValue).sum())
                .as("clinic messages in the accepted conversations, one per stored reply").isEqualTo(stored.size());
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
