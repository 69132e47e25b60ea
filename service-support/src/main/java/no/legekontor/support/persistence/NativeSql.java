package no.legekontor.support.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import org.hibernate.query.NativeQuery;

/**
 * Native SQL that tells Hibernate what it touches. A native statement that names no tables costs
 * the whole unit of work: Hibernate flushes every pending change before it (dirty-checking each
 * managed entity), and after an insert, update or delete it empties every region of the
 * second-level cache, because it cannot know which entities changed. Both happened on every
 * outbox, idempotency and access-log row, i.e. several times per request (issue 11).
 */
public final class NativeSql {

    private NativeSql() {
    }

    /**
     * An insert, update or delete of {@code tables} (the first is the one written; add the ones it
     * reads). Pending changes are flushed first only when they concern these tables, and only
     * those tables' cached entities are evicted. A statement that answers rows ({@code returning})
     * names their type: {@code NativeSql.<UUID>write(...)}.
     */
    @SuppressWarnings("unchecked")
    public static <T> NativeQuery<T> write(EntityManager em, String sql, String... tables) {
        NativeQuery<T> query = em.createNativeQuery(sql).unwrap(NativeQuery.class);
        for (String table : tables) {
            query.addSynchronizedQuerySpace(table);
        }
        return query;
    }

    /**
     * An insert into a table that refers to nothing the unit of work holds (an outbox, a record of
     * handled events): nothing needs to be flushed before it.
     */
    public static NativeQuery<Object> append(EntityManager em, String sql, String table) {
        NativeQuery<Object> query = write(em, sql, table);
        query.setFlushMode(FlushModeType.COMMIT);
        return query;
    }

    /** Sets a PostgreSQL setting until the transaction ends, without a flush or cache eviction. */
    public static void setLocal(EntityManager em, String name, String value) {
        em.createNativeQuery("select set_config(?1, ?2, true)")
                .setParameter(1, name)
                .setParameter(2, value)
                .setFlushMode(FlushModeType.COMMIT)
                .getSingleResult();
    }
}
