package no.legekontor.support.idempotency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import no.legekontor.support.persistence.NativeSql;

/**
 * The table {@code idempotency_key}: one row per caller and key. Every method but {@link #purge}
 * runs in the request's transaction ({@code MANDATORY}), so a key is kept exactly when the
 * request's writes are.
 */
@ApplicationScoped
public class IdempotencyKeys {

    static final String TABLE = "idempotency_key";

    /** A key already used: the request it was used for, and its answer. */
    public record Used(String fingerprint, int status, String location, String body) {
    }

    @Inject
    EntityManager em;

    @Inject
    IdempotencyConfig config;

    @Inject
    Clock clock;

    /**
     * Takes the key for this transaction: false when another transaction holds it (a request with
     * this key is still running). A transaction-scoped advisory lock, so it is free again at commit
     * or rollback; two keys that hash alike only make one wait for the other's 409.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean take(String caller, String key) {
        Object taken = em.createNativeQuery("select pg_try_advisory_xact_lock(hashtextextended(?1, 0))")
                .setParameter(1, "idempotency " + caller + " " + key)
                .setFlushMode(FlushModeType.COMMIT)
                .getSingleResult();
        return Boolean.TRUE.equals(taken);
    }

    /** The answered use of the key within the retention, if any; an older one is deleted. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Used> used(String caller, String key) {
        NativeSql.write(em, "delete from idempotency_key where caller = ?1 and key = ?2 and created_at < ?3", TABLE)
                .setParameter(1, caller).setParameter(2, key).setParameter(3, cutoff())
                .setFlushMode(FlushModeType.COMMIT)
                .executeUpdate();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "select fingerprint, status, location, body from idempotency_key where caller = ?1 and key = ?2")
                .setParameter(1, caller).setParameter(2, key)
                .setFlushMode(FlushModeType.COMMIT)
                .getResultList();
        return rows.stream().findFirst().map(row -> new Used((String) row[0], ((Number) row[1]).intValue(),
                (String) row[2], (String) row[3]));
    }

    /** Records the key before the request's work: the primary key refuses a second use. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void begin(String caller, String key, String fingerprint) {
        NativeSql.append(em, "insert into idempotency_key (caller, key, fingerprint, created_at) values (?1, ?2, ?3, ?4)",
                        TABLE)
                .setParameter(1, caller).setParameter(2, key).setParameter(3, fingerprint)
                .setParameter(4, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .executeUpdate();
    }

    /** Stores the answer with the key, to commit with the request's writes. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void answer(String caller, String key, int status, String location, String body) {
        NativeSql.write(em, "update idempotency_key set status = ?3, location = ?4, body = ?5"
                        + " where caller = ?1 and key = ?2", TABLE)
                .setParameter(1, caller).setParameter(2, key).setParameter(3, status)
                .setParameter(4, location).setParameter(5, body)
                .setFlushMode(FlushModeType.COMMIT)
                .executeUpdate();
    }

    /** Forgets the key of a request that failed but whose transaction commits (a logged refusal). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void forget(String caller, String key) {
        NativeSql.write(em, "delete from idempotency_key where caller = ?1 and key = ?2", TABLE)
                .setParameter(1, caller).setParameter(2, key)
                .setFlushMode(FlushModeType.COMMIT)
                .executeUpdate();
    }

    /** Deletes up to one batch of keys older than the retention; answers how many. */
    @Transactional
    public int purge() {
        return NativeSql.write(em, "delete from idempotency_key where ctid in (select ctid from idempotency_key"
                        + " where created_at < ?1 limit ?2)", TABLE)
                .setParameter(1, cutoff()).setParameter(2, config.purgeBatch())
                .executeUpdate();
    }

    private OffsetDateTime cutoff() {
        Instant cutoff = clock.instant().minus(config.retention());
        return OffsetDateTime.ofInstant(cutoff, ZoneOffset.UTC);
    }
}
