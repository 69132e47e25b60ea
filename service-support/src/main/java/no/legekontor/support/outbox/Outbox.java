package no.legekontor.support.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import no.legekontor.shared.event.EventEnvelope;
import no.legekontor.support.messaging.EventCodec;
import no.legekontor.support.persistence.NativeSql;
import no.legekontor.support.tracing.EventTraces;

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

    /**
     * Adds the event to the outbox of the caller's transaction.
     *
     * @param topic         where the relay publishes it
     * @param aggregateType what kind of thing changed, e.g. {@code conversation}
     * @param event         the event; its aggregate id becomes the Kafka key
     *                      (the current span's trace context is stored with it, {@link EventTraces})
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void add(String topic, String aggregateType, EventEnvelope event) {
        NativeSql.append(em, """
                insert into outbox_event (id, aggregate_type, aggregate_id, type, topic, payload, traceparent)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7)""", "outbox_event")
                .setParameter(1, event.id())
                .setParameter(2, aggregateType)
                .setParameter(3, event.aggregateId())
                .setParameter(4, event.type())
                .setParameter(5, topic)
                .setParameter(6, codec.encodeToString(event))
                .setParameter(7, traces.current())
                .executeUpdate();
        transactions.registerInterposedSynchronization(new WakeRelayOnCommit(relay));
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
