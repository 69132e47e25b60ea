package no.legekontor.support.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.PessimisticLockException;
import jakarta.persistence.QueryTimeoutException;
import jakarta.transaction.RollbackException;
import java.sql.BatchUpdateException;
import java.sql.SQLException;
import javax.transaction.xa.XAException;
import no.legekontor.support.messaging.FailureKinds.Kind;
import org.hibernate.StaleObjectStateException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FailureKindsTest {

    private static final String KARI = "14838510036";

    @ParameterizedTest
    @ValueSource(strings = {
        "08000", "08001", "08006", "08P01",          // connection
        "53000", "53100", "53200", "53300", "53400", // resources: disk full, out of memory, connections
        "57000", "57014", "57P01", "57P02", "57P03", // operator: cancelled (statement_timeout), shutdown
        "40001", "40P01", "40003",                   // serialization failure, deadlock
        "25006", "25P03",                            // read-only transaction (failover), idle transaction ended
        "55P03",                                     // lock not available (lock_timeout)
        "58030"})                                    // I/O error
    void faultsThatPassByThemselvesAreTransient(String sqlState) {
        assertThat(FailureKinds.of(new SQLException("x", sqlState))).isEqualTo(Kind.TRANSIENT);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "22001", "22003", "22P02", "22007",          // data: too long, out of range, bad text, bad date
        "23505", "23503", "23514", "23502",          // rules: unique, foreign key, check, not null
        "40002",                                     // a constraint violated within a rollback
        "25P02", "42P01", "42703", "XX000", "P0001"})
    void dataErrorsBrokenRulesAndOtherDatabaseErrorsArePoison(String sqlState) {
        assertThat(FailureKinds.of(new SQLException("x", sqlState))).isEqualTo(Kind.POISON);
    }

    @Test
    void failuresWithoutASqlStateArePoison() {
        assertThat(FailureKinds.of(new IllegalArgumentException("readAt is required"))).isEqualTo(Kind.POISON);
        assertThat(FailureKinds.of(new SQLException("no state"))).isEqualTo(Kind.POISON);
        assertThat(FailureKinds.of(new RollbackException("the transaction timed out"))).isEqualTo(Kind.POISON);
        assertThat(FailureKinds.of(new StackOverflowError())).isEqualTo(Kind.POISON);
    }

    @Test
    void aCommitFailureIsJudgedByTheSqlStateDeepInItsCauses() {
        assertThat(FailureKinds.of(commitFailure(new SQLException("x", "40001")))).isEqualTo(Kind.TRANSIENT);
        assertThat(FailureKinds.of(commitFailure(new SQLException("x", "23505")))).isEqualTo(Kind.POISON);
    }

    @Test
    void aCommitFailureIsJudgedByTheDatabaseErrorNarayanaSuppressesInItsRollbackException() {
        RollbackException rollback = new RollbackException("ARJUNA016053: Could not commit transaction.");
        XAException commit = new XAException("Error trying to transactionCommit local transaction");
        commit.initCause(new SQLException("x", "40001"));
        rollback.addSuppressed(commit);
        assertThat(FailureKinds.of(new RuntimeException(rollback))).isEqualTo(Kind.TRANSIENT);
        assertThat(FailureKinds.describe(new RuntimeException(rollback)))
                .isEqualTo("RuntimeException caused by RollbackException (SQLSTATE 40001)");
    }

    @Test
    void aBatchsRealErrorIsFoundAmongTheExceptionsChainedAfterIt() {
        BatchUpdateException batch = new BatchUpdateException("batch entry 0 failed", "", new int[0]);
        batch.setNextException(new SQLException("x", "53100"));
        assertThat(FailureKinds.of(new PersistenceException(batch))).isEqualTo(Kind.TRANSIENT);
    }

    @Test
    void lostLockRacesAndQueryTimeoutsAreTransient() {
        assertThat(FailureKinds.of(new OptimisticLockException())).isEqualTo(Kind.TRANSIENT);
        assertThat(FailureKinds.of(new PessimisticLockException())).isEqualTo(Kind.TRANSIENT);
        assertThat(FailureKinds.of(new LockTimeoutException())).isEqualTo(Kind.TRANSIENT);
        assertThat(FailureKinds.of(new QueryTimeoutException())).isEqualTo(Kind.TRANSIENT);
        assertThat(FailureKinds.of(commitFailure(new StaleObjectStateException("InboxItem", 1L))))
                .isEqualTo(Kind.TRANSIENT);
    }

    @Test
    void runningOutOfMemoryIsTransient() {
        assertThat(FailureKinds.of(new OutOfMemoryError("Java heap space"))).isEqualTo(Kind.TRANSIENT);
    }

    @Test
    void aCauseChainThatLoopsIsReadOnce() {
        IllegalStateException first = new IllegalStateException("first");
        IllegalArgumentException second = new IllegalArgumentException("second", first);
        first.initCause(second);
        assertThat(FailureKinds.of(first)).isEqualTo(Kind.POISON);
        assertThat(FailureKinds.chain(first)).containsExactly(first, second);
    }

    @Test
    void theDescriptionNamesKindsAndTheSqlStateButQuotesNoMessage() {
        RollbackException failure = commitFailure(new SQLException("Key (national_id)=(" + KARI + ") exists", "23505"));
        assertThat(FailureKinds.describe(failure))
                .isEqualTo("RollbackException caused by SQLException (SQLSTATE 23505)")
                .doesNotContain(KARI);
        assertThat(FailureKinds.transientCause(commitFailure(new SQLException(KARI, "40P01"))))
                .contains("SQLSTATE 40P01");
    }

    /** What Narayana throws when the commit fails: the database's error two causes down. */
    private static RollbackException commitFailure(Throwable cause) {
        RollbackException rollback = new RollbackException("ARJUNA016053: Could not commit transaction.");
        rollback.initCause(new PersistenceException("flush failed", cause));
        return rollback;
    }
}
