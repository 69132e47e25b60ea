package no.legekontor.support.messaging;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import no.legekontor.support.persistence.NativeSql;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Events of a type or schema version this release cannot read yet, kept in the service's own
 * database instead of being skipped: a rolling deploy in which a producer is upgraded before its
 * consumers then loses nothing. The record's position is the key, so a batch retried after a
 * failure parks each record once. The later events of a parked event's aggregate are held behind
 * it ({@link HeldEvents}). {@link #unpark()} puts them back in the outbox, which publishes them
 * again on their topic for a release that reads them (consumers deduplicate by event id).
 */
@ApplicationScoped
public class ParkedEvents {

    /** The SQL {@link #unpark()} runs; {@code ./portal unpark} runs the same file with psql. */
    static final OperationsSql UNPARK = new OperationsSql("unpark");

    @Inject
    EntityManager em;

    /** Stores the record once (its own transaction); true when it was not parked before. */
    public boolean park(ConsumerRecord<String, byte[]> record, EventCodec.UnknownEvent why, String eventId) {
        return QuarkusTransaction.requiringNew().call(() -> NativeSql.write(em, """
                insert into parked_event (topic, kafka_partition, kafka_offset, record_key, event_id, event_type,
                                          schema_version, payload, reason)
                values (?1, ?2, ?3, ?4, cast(?5 as uuid), ?6, ?7, ?8, ?9)
                on conflict (topic, kafka_partition, kafka_offset) do nothing""", "parked_event")
                .setParameter(1, record.topic())
                .setParameter(2, record.partition())
                .setParameter(3, record.offset())
                .setParameter(4, record.key())
                .setParameter(5, eventId)
                .setParameter(6, why.type())
                .setParameter(7, why.schemaVersion())
                .setParameter(8, new String(record.value(), StandardCharsets.UTF_8))
                .setParameter(9, why.getMessage())
                .executeUpdate() == 1);
    }

    /**
     * Moves every parked event to the outbox, each followed by the events held behind it, in the
     * order they arrived (operations/unpark.sql); returns how many events it sent.
     */
    public int unpark() {
        return UNPARK.run(em, "parked_event", "held_event", "returning_event", "outbox_event");
    }

    /** How many events wait here. */
    public long count() {
        return QuarkusTransaction.requiringNew().call(() ->
                ((Number) em.createNativeQuery("select count(*) from parked_event").getSingleResult()).longValue());
    }
}
