package no.legekontor.support.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Rows that a stretch of a transaction collects and writes together at its end: while a consumer
 * applies a poll's batch of events, the outbox rows its events add go to the database in one
 * statement, not one round trip each (issue 21). Outside such a stretch a writer writes at once.
 *
 * <p>Nothing collected is lost. Work that fails marks the transaction rollback-only, so neither what
 * it did nor what it collected commits; and a transaction that reaches its commit with rows still
 * unwritten fails instead of committing without them.
 */
@ApplicationScoped
public class BatchedWrites {

    @Inject
    TransactionSynchronizationRegistry transactions;

    /**
     * Runs {@code work} in the caller's transaction with writes collected, then writes them, each kind
     * in the order its rows were added. Within a stretch already running, it is part of that one.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void collecting(Runnable work) {
        Batch batch = (Batch) transactions.getResource(Batch.class);
        if (batch == null) {
            batch = new Batch();
            transactions.putResource(Batch.class, batch);
            transactions.registerInterposedSynchronization(batch);
        } else if (batch.open) {
            work.run();
            return;
        }
        batch.open = true;
        try {
            work.run();
            batch.write();
        } catch (RuntimeException | Error e) {
            transactions.setRollbackOnly();
            throw e;
        } finally {
            batch.open = false;
        }
    }

    /**
     * Collects {@code row} if the caller's transaction is collecting; {@code writer} then writes it
     * with the other rows of its {@code kind} at the stretch's end.
     *
     * @return false when not collecting: the caller writes the row now
     */
    public <T> boolean add(Object kind, T row, Consumer<List<T>> writer) {
        Batch batch = (Batch) transactions.getResource(Batch.class);
        if (batch == null || !batch.open) {
            return false;
        }
        @SuppressWarnings("unchecked")
        Pending<T> pending = (Pending<T>) batch.pending.computeIfAbsent(kind, k -> new Pending<>(writer));
        pending.rows.add(row);
        return true;
    }

    private record Pending<T>(Consumer<List<T>> writer, List<T> rows) {
        Pending(Consumer<List<T>> writer) {
            this(writer, new ArrayList<>());
        }

        void write() {
            if (!rows.isEmpty()) {
                List<T> written = List.copyOf(rows);
                rows.clear();
                writer.accept(written);
            }
        }
    }

    /** One transaction's collected rows. */
    private static final class Batch implements Synchronization {
        private final Map<Object, Pending<?>> pending = new LinkedHashMap<>();
        private boolean open;

        void write() {
            pending.values().forEach(Pending::write);
        }

        @Override
        public void beforeCompletion() {
            if (pending.values().stream().anyMatch(p -> !p.rows().isEmpty())) {
                // An exception here rolls the transaction back: it must not commit without these rows.
                throw new IllegalStateException("Rows collected in this transaction were never written");
            }
        }

        @Override
        public void afterCompletion(int status) {
        }
    }
}
