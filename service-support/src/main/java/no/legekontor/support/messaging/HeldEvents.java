package no.legekontor.support.messaging;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import no.legekontor.shared.event.Topics;
import no.legekontor.support.messaging.Lines.Kind;
import no.legekontor.support.messaging.Lines.Position;
import no.legekontor.support.messaging.Lines.Row;
import no.legekontor.support.persistence.NativeSql;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.header.Header;

/**
 * The consumer's tables that keep an aggregate's events in order past one that is set aside
 * (parked or dead-lettered): {@code held_event}, the later events waiting behind it, and
 * {@code returning_event}, the events sent back through the outbox whose copies have not arrived
 * yet ({@link Lines} decides, this reads and writes). Each statement runs in its own transaction,
 * before the batch's handler: a record set aside stays set aside if the handler then fails.
 * <p>
 * Holding races with an operator sending the head back ({@code operations/unpark.sql},
 * {@code redrive.sql}): a record is held only while its key's head is still there, and both
 * scripts lock {@code held_event} first, so a record is either held before they read the table or
 * finds its head gone and is placed again.
 */
@ApplicationScoped
public class HeldEvents {

    /** One text for any number of keys (an array parameter), so the server plans it once. */
    private static final String ROWS = """
            with batch as (select cast(? as text) as topic, cast(? as text[]) as keys)
            select record_key, kind, cast(event_id as text), kafka_partition, kafka_offset from (
                select record_key, 0 as kind, event_id, kafka_partition, kafka_offset from parked_event, batch
                    where parked_event.topic = batch.topic and record_key = any(batch.keys)
                union all select record_key, 0, event_id, kafka_partition, kafka_offset from dead_letter, batch
                    where dead_letter.topic = batch.topic and record_key = any(batch.keys)
                union all select record_key, 1, event_id, kafka_partition, kafka_offset from held_event, batch
                    where held_event.topic = batch.topic and record_key = any(batch.keys)
                union all select record_key, 2, event_id, kafka_partition, kafka_offset from returning_event, batch
                    where returning_event.topic = batch.topic and record_key = any(batch.keys)) rows
            order by kind, kafka_partition, kafka_offset""";

    @Inject
    EntityManager em;

    @Inject
    DataSource database;

    /**
     * The lines of the batch's keys, read in one statement outside any transaction (autocommit): it
     * runs before every batch, so it costs one round trip and no transaction of its own.
     */
    Lines lines(ConsumerRecords<String, byte[]> records) {
        Map<String, Set<String>> keysByTopic = new LinkedHashMap<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            if (record.key() != null) {
                keysByTopic.computeIfAbsent(record.topic(), topic -> new LinkedHashSet<>()).add(record.key());
            }
        }
        List<Row> rows = new ArrayList<>();
        keysByTopic.forEach((topic, keys) -> rows.addAll(rows(topic, keys)));
        return new Lines(rows);
    }

    /** What the database holds for these keys of the topic: set-aside first, then held, then returning. */
    List<Row> rows(String topic, Collection<String> keys) {
        try (Connection connection = database.getConnection();
                PreparedStatement statement = connection.prepareStatement(ROWS)) {
            statement.setString(1, topic);
            statement.setArray(2, connection.createArrayOf("text", keys.toArray()));
            List<Row> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    rows.add(new Row(result.getString(1), Kind.values()[result.getInt(2)], result.getString(3),
                            new Position(topic, result.getInt(4), result.getLong(5))));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new PersistenceException("Cannot read the held events of " + topic, e);
        }
    }

    /**
     * Holds the record behind its key's head, if the head is still there (and forgets the sent-back
     * event whose copy it is, if it is one).
     *
     * @return false when the head is gone (sent back meanwhile): the record is to be placed again
     */
    boolean hold(ConsumerRecord<String, byte[]> record, String behind, Optional<Position> copyOf) {
        return QuarkusTransaction.requiringNew().call(() -> {
            int inserted = NativeSql.write(em, """
                    insert into held_event (topic, kafka_partition, kafka_offset, record_key, event_id, event_type,
                                            payload, reason)
                    select ?1, ?2, ?3, ?4, cast(?5 as uuid), ?6, ?7, ?8
                    where exists (select 1 from parked_event where topic = ?1 and record_key = ?4
                                  union all select 1 from dead_letter where topic = ?1 and record_key = ?4
                                  union all select 1 from held_event where topic = ?1 and record_key = ?4)
                    on conflict (topic, kafka_partition, kafka_offset) do nothing""",
                    "held_event", "parked_event", "dead_letter")
                    .setParameter(1, record.topic())
                    .setParameter(2, record.partition())
                    .setParameter(3, record.offset())
                    .setParameter(4, record.key())
                    .setParameter(5, Lines.eventId(record))
                    .setParameter(6, header(record, Topics.HEADER_EVENT_TYPE))
                    .setParameter(7, text(record.value()))
                    .setParameter(8, "held behind " + behind)
                    .executeUpdate();
            if (inserted == 0 && !isHeld(record)) {
                return false;
            }
            copyOf.ifPresent(this::forget);
            return true;
        });
    }

    private boolean isHeld(ConsumerRecord<String, byte[]> record) {
        return !em.createNativeQuery("""
                select 1 from held_event where topic = ?1 and kafka_partition = ?2 and kafka_offset = ?3""")
                .setParameter(1, record.topic())
                .setParameter(2, record.partition())
                .setParameter(3, record.offset())
                .getResultList().isEmpty();
    }

    /**
     * Sends the record back through the outbox, behind its key's events already on their way, and
     * remembers that its copy is coming. Once only per record: a redelivered record finds its
     * position remembered. Only a key with events on their way gets here, and those exist only for
     * keys that are UUIDs, as the outbox's aggregate ids are.
     *
     * @return the event id its copy carries
     */
    String sendBack(ConsumerRecord<String, byte[]> record) {
        String id = Optional.ofNullable(Lines.eventId(record)).orElseGet(() -> java.util.UUID.randomUUID().toString());
        QuarkusTransaction.requiringNew().run(() -> NativeSql.write(em, """
                with marked as (
                    insert into returning_event (topic, kafka_partition, kafka_offset, record_key, event_id)
                    values (?1, ?2, ?3, ?4, cast(?5 as uuid))
                    on conflict do nothing
                    returning event_id)
                insert into outbox_event (id, aggregate_type, aggregate_id, type, topic, payload)
                select event_id, 'sent-back', cast(?4 as uuid), ?6, ?1, ?7 from marked
                on conflict (id) do nothing""", "returning_event", "outbox_event")
                .setParameter(1, record.topic())
                .setParameter(2, record.partition())
                .setParameter(3, record.offset())
                .setParameter(4, record.key())
                .setParameter(5, id)
                .setParameter(6, Optional.ofNullable(header(record, Topics.HEADER_EVENT_TYPE)).orElse("unknown"))
                .setParameter(7, text(record.value()))
                .executeUpdate());
        return id;
    }

    /** The copies of these sent-back events have been handled: their keys no longer wait for them. */
    void returned(List<Position> positions) {
        if (positions.isEmpty()) {
            return;
        }
        QuarkusTransaction.requiringNew().run(() -> positions.forEach(this::forget));
    }

    private void forget(Position position) {
        NativeSql.write(em, """
                delete from returning_event where topic = ?1 and kafka_partition = ?2 and kafka_offset = ?3""",
                "returning_event")
                .setParameter(1, position.topic())
                .setParameter(2, position.partition())
                .setParameter(3, position.offset())
                .executeUpdate();
    }

    /** A record's value as text for the database: PostgreSQL's text takes no NUL character. */
    static String text(byte[] value) {
        return new String(value, StandardCharsets.UTF_8).replace('\u0000', '\uFFFD');
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
