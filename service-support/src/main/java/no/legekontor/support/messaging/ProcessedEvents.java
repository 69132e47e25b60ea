package no.legekontor.support.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import no.legekontor.shared.event.EventEnvelope;
import no.legekontor.support.persistence.NativeSql;
import no.legekontor.support.tracing.EventTraces;

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

    /**
     * Records that {@code consumer} handles {@code eventId} now.
     *
     * @return false when it was handled before (the caller then does nothing)
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean firstDelivery(UUID eventId, String consumer) {
        return NativeSql.append(em, """
                insert into consumed_event (event_id, consumer) values (?1, ?2)
                on conflict do nothing""", "consumed_event")
                .setParameter(1, eventId)
                .setParameter(2, consumer)
                .executeUpdate() == 1;
    }

    /**
     * Applies each event of a batch that {@code consumer} has not handled before, in order, in the
     * caller's transaction. After each event its changes are flushed and the persistence context is
     * cleared: Hibernate dirty-checks every managed entity at each flush, so a context that grew
     * with the batch made a batch's cost grow with its square (issue 11: flushing was a quarter of
     * portal-api's CPU while it applied batches of replies). Each event is applied in a span that
     * continues the trace its record carried ({@link EventTraces#continuing}).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void applyEach(List<EventEnvelope> events, String consumer, Consumer<EventEnvelope> apply) {
        for (EventEnvelope event : events) {
            if (firstDelivery(event.id(), consumer)) {
                traces.continuing(event, consumer, () -> {
                    apply.accept(event);
                    em.flush();
                });
                em.clear();
            }
        }
    }
}
