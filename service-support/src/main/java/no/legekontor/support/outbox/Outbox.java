package no.legekontor.support.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import no.legekontor.shared.event.EventEnvelope;
import no.legekontor.support.messaging.EventCodec;
import no.legekontor.support.persistence.BatchedWrites;
import no.legekontor.support.tracing.EventTraces;
import org.hibernate.Session;

/**
 * Records an event in the same transaction as the change it describes; {@link OutboxRelay}
 * publishes it once the transaction has committed. Either both the change and its event are
 * stored, or neither.
 */
@ApplicationScoped
public class Outbox {

    @Inject
    EntityManager em;

    @Inject
    EventCodec codec;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    OutboxRelay relay;

    @Inject
    EventTraces traces;

    @Inject
    BatchedWrites batches;

    /**
     * Adds the event to the outbox of the caller's transaction. While the transaction applies a
     * consumer's batch of events ({@link BatchedWrites#collecting}) the row is written with the
     * batch's other rows at its end, in the order they were added; otherwise at once.
     *
     * @param topic         where the relay publishes it
     * @param aggregateType what kind of thing changed, e.g. {@code conversation}
     * @param event         the event; its aggregate id becomes the Kafka key
     *                      (the current span's trace context is stored with it, {@link EventTraces})
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void add(String topic, String aggregateType, EventEnvelope event) {
        Row row = new Row(event.id(), aggregateType, event.aggregateId(), event.type(), topic,
                codec.encodeToString(event), traces.current());
        if (!batches.add(Outbox.class, row, this::insert)) {
            insert(List.of(row));
        }
        if (transactions.getResource(WakeRelayOnCommit.class) == null) {
            transactions.putResource(WakeRelayOnCommit.class, Boolean.TRUE);
            transactions.registerInterposedSynchronization(new WakeRelayOnCommit(relay));
        }
    }

    /**
     * One statement for all the rows: they get their {@code seq}, which orders the relay's
     * publishing, in the order given.
     */
    private void insert(List<Row> rows) {
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into outbox_event (id, aggregate_type, aggregate_id, type, topic, payload, traceparent)
                    select id, aggregate_type, aggregate_id, type, topic, payload, traceparent
                    from unnest(?, ?, ?, ?, ?, ?, ?) with ordinality
                      as r(id, aggregate_type, aggregate_id, type, topic, payload, traceparent, n)
                    order by n""")) {
                insert.setArray(1, connection.createArrayOf("uuid", rows.stream().map(Row::id).toArray()));
                insert.setArray(2, texts(connection, rows, Row::aggregateType));
                insert.setArray(3, connection.createArrayOf("uuid", rows.stream().map(Row::aggregateId).toArray()));
                insert.setArray(4, texts(connection, rows, Row::type));
                insert.setArray(5, texts(connection, rows, Row::topic));
                insert.setArray(6, texts(connection, rows, Row::payload));
                insert.setArray(7, texts(connection, rows, Row::traceparent));
                insert.executeUpdate();
            }
        });
    }

    private static Array texts(Connection connection, List<Row> rows, Function<Row, String> column)
            throws SQLException {
        return connection.createArrayOf("text", rows.stream().map(column).toArray());
    }

    private record Row(UUID id, String aggregateType, UUID aggregateId, String type, String topic, String payload,
            String traceparent) {
    }

    private record WakeRelayOnCommit(OutboxRelay relay) implements Synchronization {
        @Override
        public void beforeCompletion() {
        }

        @Override
        public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
                relay.wake();
            }
        }
    }
}
