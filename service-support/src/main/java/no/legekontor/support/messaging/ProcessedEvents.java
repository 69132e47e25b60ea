package no.legekontor.support.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import no.legekontor.shared.event.EventEnvelope;
import no.legekontor.support.persistence.BatchedWrites;
import no.legekontor.support.tracing.EventTraces;
import org.hibernate.Session;

/**
 * The idempotent consumer's memory: an event id is recorded in the same transaction as the work
 * it caused, under a primary key, so a redelivered event finds its id taken and does nothing.
 */
@ApplicationScoped
public class ProcessedEvents {

    @Inject
    EntityManager em;

    @Inject
    EventTraces traces;

    @Inject
    BatchedWrites batches;

    /**
     * Applies each event of a batch that {@code consumer} has not handled before, in order, in the
     * caller's transaction; an event that comes twice in the batch is applied once.
     *
     * <p>The batch costs a fixed number of round trips for its bookkeeping, not a few per event
     * (issue 21): one statement records all its ids and answers which were new, and the outbox rows
     * its events add are written together at its end ({@link BatchedWrites}). Since the ids are
     * recorded before the events are applied, an event that fails must undo the whole batch: the
     * transaction is then marked rollback-only, whatever the caller does with the exception.
     *
     * <p>After each event its changes are flushed and the persistence context is cleared: Hibernate
     * dirty-checks every managed entity at each flush, so a context that grew with the batch made a
     * batch's cost grow with its square (issue 11: flushing was a quarter of portal-api's CPU while
     * it applied batches of replies). Each event is applied in a span that continues the trace its
     * record carried ({@link EventTraces#continuing}).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void applyEach(List<EventEnvelope> events, String consumer, Consumer<EventEnvelope> apply) {
        batches.collecting(() -> {
            Set<UUID> unhandled = firstDeliveries(events, consumer);
            for (EventEnvelope event : events) {
                if (unhandled.remove(event.id())) {
                    traces.continuing(event, consumer, () -> {
                        apply.accept(event);
                        em.flush();
                    });
                    em.clear();
                }
            }
        });
    }

    /**
     * Records that {@code consumer} handles the events now, in one statement.
     *
     * @return the ids not handled before (the others are left alone)
     */
    private Set<UUID> firstDeliveries(List<EventEnvelope> events, String consumer) {
        Object[] ids = events.stream().map(EventEnvelope::id).distinct().toArray();
        // Inserted in the ids' order: two replicas that handle overlapping batches (a rebalance)
        // take the rows' locks in one order, and wait for each other instead of deadlocking.
        return em.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into consumed_event (event_id, consumer)
                    select id, ? from unnest(?) as e(id) order by id
                    on conflict do nothing
                    returning event_id""")) {
                insert.setString(1, consumer);
                insert.setArray(2, connection.createArrayOf("uuid", ids));
                Set<UUID> recorded = new HashSet<>();
                try (ResultSet rows = insert.executeQuery()) {
                    while (rows.next()) {
                        recorded.add(rows.getObject(1, UUID.class));
                    }
                }
                return recorded;
            }
        });
    }
}
