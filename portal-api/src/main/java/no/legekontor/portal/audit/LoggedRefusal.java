package no.legekontor.portal.audit;

/**
 * A refusal whose answer itself tells the caller something of a person (R15's
 * {@code registered-elsewhere}: that the person is a patient of another clinic). Its thrower writes
 * the access-log entry first, and the call's transaction commits it with the refusal instead of
 * rolling it back; nothing else may be written before it is thrown.
 */
public interface LoggedRefusal {
}
