package no.legekontor.support.testapp;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Failures a test makes the handler meet for a chosen event, in the handler's transaction before
 * it handles the event: some from the real database (a read-only transaction, a lock timeout, a
 * data error, a commit that fails), some thrown as the database would report them.
 */
@ApplicationScoped
public class Faults {

    /** Something that goes wrong while an event is handled. */
    @FunctionalInterface
    public interface Fault {
        void strike(EntityManager em);
    }

    /** The handler rejects the event, as for an event that breaks a rule. */
    public static final Fault POISON = em -> {
        throw new IllegalArgumentException("rejected by the test");
    };

    /** An {@link Error} escapes the handler. */
    public static final Fault ERROR = em -> {
        throw new StackOverflowError("thrown by the test");
    };

    /** The transaction turns read-only, as on a replica during a failover: the writes fail with 25006. */
    public static final Fault READ_ONLY = em -> em.createNativeQuery("set transaction read only").executeUpdate();

    /** A bad value reaches the database: 22P02. */
    public static final Fault DATA_ERROR = em -> em.createNativeQuery("select cast('x' as integer)").getSingleResult();

    /** Waits at most 200 ms for the row of {@code contended} a test holds: 55P03. */
    public static final Fault LOCK_TIMEOUT = em -> {
        em.createNativeQuery("select set_config('lock_timeout', '200ms', true)").getSingleResult();
        em.createNativeQuery("select id from contended where id = 1 for update").getSingleResult();
    };

    /** The transaction fails when it commits, with a serialization failure (40001). */
    public static final Fault FAIL_AT_COMMIT = em -> em.createNativeQuery(
            "insert into commit_fault (event_id) values (gen_random_uuid())").executeUpdate();

    /** The database's error of that SQLSTATE, as Hibernate passes it on. */
    public static Fault sqlState(String sqlState) {
        return em -> {
            throw new PersistenceException(new SQLException("injected by the test", sqlState));
        };
    }

    /** Any other failure, as it reaches the consumer. */
    public static Fault thrown(RuntimeException failure) {
        return em -> {
            throw failure;
        };
    }

    private final Map<UUID, Fault> always = new ConcurrentHashMap<>();
    private final Map<UUID, Deque<Fault>> once = new ConcurrentHashMap<>();

    /** The event meets the fault at every attempt until {@link #clear}. */
    public void always(UUID eventId, Fault fault) {
        always.put(eventId, fault);
    }

    /** The event meets these faults at its next attempts, one each, then none. */
    public void inTurn(UUID eventId, Fault... faults) {
        once.put(eventId, new ArrayDeque<>(Arrays.asList(faults)));
    }

    public void clear(UUID eventId) {
        always.remove(eventId);
        once.remove(eventId);
    }

    /** How many of the faults given {@link #inTurn} the event has not met yet. */
    public int pending(UUID eventId) {
        Deque<Fault> faults = once.get(eventId);
        return faults == null ? 0 : faults.size();
    }

    void strike(UUID eventId, EntityManager em) {
        Fault fault = always.get(eventId);
        if (fault == null) {
            Deque<Fault> faults = once.get(eventId);
            fault = faults == null ? null : faults.poll();
        }
        if (fault != null) {
            fault.strike(em);
        }
    }
}
