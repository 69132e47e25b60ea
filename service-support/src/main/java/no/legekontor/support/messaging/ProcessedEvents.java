package no.legekontor.support.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.UUID;

/**
 * The idempotent consumer's memory: an event id is recorded in the same transaction as the work
 * it caused, under a primary key, so a redelivered event finds its id taken and does nothing.
 */
@ApplicationScoped
public class ProcessedEvents {

    @Inject
    EntityManager em;

    /**
     * Records that {@code consumer} handles {@code eventId} now.
     *
     * @return false when it was handled before (the caller then does nothing)
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean firstDelivery(UUID eventId, String consumer) {
        return em.createNativeQuery("""
                insert into consumed_event (event_id, consumer) values (?1, ?2)
                on conflict do nothing""")
                .setParameter(1, eventId)
                .setParameter(2, consumer)
                .executeUpdate() == 1;
    }
}
