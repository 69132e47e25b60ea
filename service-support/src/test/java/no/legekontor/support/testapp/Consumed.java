package no.legekontor.support.testapp;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import no.legekontor.devtools.TopicClient;
import no.legekontor.shared.event.EventEnvelope;
import no.legekontor.shared.event.Topics;
import no.legekontor.support.messaging.DeadLetters;

/** What became of the test application's events: handled (and in which order) or dead-lettered. */
public final class Consumed {

    private final DataSource database;
    private final TopicClient topics;

    public Consumed(DataSource database, Events events) {
        this.database = database;
        this.topics = events.topics();
    }

    public boolean handled(UUID eventId) throws SQLException {
        return !handledInOrder(List.of(eventId)).isEmpty();
    }

    /** Those of the events the handler has handled, in the order it handled them. */
    public List<UUID> handledInOrder(Collection<UUID> eventIds) throws SQLException {
        try (Connection c = database.getConnection();
             PreparedStatement query = c.prepareStatement(
                     "select event_id from handled_event where event_id = any (?) order by seq")) {
            query.setArray(1, c.createArrayOf("uuid", eventIds.toArray()));
            try (ResultSet rows = query.executeQuery()) {
                List<UUID> handled = new ArrayList<>();
                while (rows.next()) {
                    handled.add(rows.getObject(1, UUID.class));
                }
                return handled;
            }
        }
    }

    /** The event's records on the dead-letter topic now. */
    public List<TopicClient.Received> deadLettered(EventEnvelope event) {
        String id = event.id().toString();
        return topics.readAll(DeadLetters.topicOf(TestEvents.TOPIC),
                record -> id.equals(record.headers().get(Topics.HEADER_EVENT_ID)));
    }
}
