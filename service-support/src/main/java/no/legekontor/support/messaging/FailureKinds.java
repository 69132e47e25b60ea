package no.legekontor.support.messaging;

import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import jakarta.persistence.QueryTimeoutException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hibernate.StaleStateException;
import org.hibernate.dialect.lock.OptimisticEntityLockException;

/**
 * Tells a failure that passes by itself from one that the event causes every time. A consumer
 * waits out the first (an outage of a kind) and sets the event aside only for the second: a
 * database that answers but cannot write must not send every request to the dead letters.
 * <p>
 * Transient, by PostgreSQL's SQLSTATE anywhere in the cause chain: connection (class 08),
 * insufficient resources (53: disk full, out of memory, too many connections), operator
 * intervention (57: a cancelled statement or {@code statement_timeout}, a shutdown), transaction
 * rollback (40: serialization failure, deadlock; not 40002, a constraint), read-only transaction
 * (25006: a replica during failover), an idle transaction ended by the server (25P03), lock not
 * available (55P03: {@code lock_timeout}) and an I/O error (58030). Also JPA's and Hibernate's
 * optimistic and pessimistic lock failures and query timeouts (a lost race: the next try sees the
 * winner's state) and {@link OutOfMemoryError}. Anything else, data errors (22) and broken rules
 * (23) included, is poison.
 */
public final class FailureKinds {

    /** What a consumer does about a failure. */
    public enum Kind {
        /** Wait and try the same events again, for as long as it takes. */
        TRANSIENT,
        /** Try the event alone a few times, then set it aside. */
        POISON
    }

    private static final Set<String> TRANSIENT_STATES = Set.of("25006", "25P03", "55P03", "58030");
    private static final Set<String> TRANSIENT_CLASSES = Set.of("08", "40", "53", "57");
    private static final String INTEGRITY_IN_ROLLBACK = "40002";

    private FailureKinds() {
    }

    public static Kind of(Throwable failure) {
        return transientCause(failure).isPresent() ? Kind.TRANSIENT : Kind.POISON;
    }

    /** The link of the chain that makes the failure transient, named by kind and SQLSTATE only. */
    public static Optional<String> transientCause(Throwable failure) {
        for (Throwable link : chain(failure)) {
            if (link instanceof SQLException sql && isTransient(sql.getSQLState())) {
                return Optional.of("SQLSTATE " + sql.getSQLState());
            }
            if (isLockOrTimeout(link) || link instanceof OutOfMemoryError) {
                return Optional.of(link.getClass().getSimpleName());
            }
        }
        return Optional.empty();
    }

    static boolean isTransient(String sqlState) {
        if (sqlState == null || sqlState.length() != 5) {
            return false;
        }
        return TRANSIENT_STATES.contains(sqlState)
                || TRANSIENT_CLASSES.contains(sqlState.substring(0, 2)) && !INTEGRITY_IN_ROLLBACK.equals(sqlState);
    }

    private static boolean isLockOrTimeout(Throwable link) {
        return link instanceof OptimisticLockException || link instanceof PessimisticLockException
                || link instanceof LockTimeoutException || link instanceof QueryTimeoutException
                || link instanceof StaleStateException || link instanceof OptimisticEntityLockException
                || link instanceof org.hibernate.PessimisticLockException
                || link instanceof org.hibernate.QueryTimeoutException;
    }

    /**
     * The failure by its kinds only, and its SQLSTATE: exception messages can quote values, which
     * may be health data or national ids.
     */
    public static String describe(Throwable failure) {
        StringBuilder reason = new StringBuilder(failure.getClass().getSimpleName());
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        if (root != failure) {
            reason.append(" caused by ").append(root.getClass().getSimpleName());
        }
        chain(failure).stream()
                .filter(link -> link instanceof SQLException sql && sql.getSQLState() != null)
                .findFirst()
                .ifPresent(sql -> reason.append(" (SQLSTATE ").append(((SQLException) sql).getSQLState()).append(')'));
        return reason.toString();
    }

    /**
     * The failure, its causes, the exceptions suppressed by each (Narayana reports why a commit
     * failed there, not as the cause of its RollbackException) and, for SQL exceptions, the
     * exceptions chained after them (a batch's real error is there), each once.
     */
    static List<Throwable> chain(Throwable failure) {
        List<Throwable> chain = new ArrayList<>();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Throwable> next = new ArrayList<>(List.of(failure));
        while (!next.isEmpty()) {
            Throwable link = next.remove(0);
            if (link == null || !seen.add(link)) {
                continue;
            }
            chain.add(link);
            if (link instanceof SQLException sql) {
                next.add(sql.getNextException());
            }
            next.add(link.getCause());
            next.addAll(List.of(link.getSuppressed()));
        }
        return chain;
    }
}
