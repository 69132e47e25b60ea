package no.legekontor.support.outbox;

import org.apache.kafka.common.InvalidRecordException;
import org.apache.kafka.common.errors.ClusterAuthorizationException;
import org.apache.kafka.common.errors.InvalidPidMappingException;
import org.apache.kafka.common.errors.InvalidTopicException;
import org.apache.kafka.common.errors.ProducerFencedException;
import org.apache.kafka.common.errors.RecordBatchTooLargeException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.errors.TransactionalIdAuthorizationException;
import org.apache.kafka.common.errors.UnsupportedVersionException;

/**
 * What a failed send says about the row and about the producer.
 *
 * <p>A row is blocked only when sending that same row again can never succeed, whatever happens to
 * the broker: it is larger than the producer or the broker accepts, it cannot be serialized, or the
 * broker rejects the record or its topic name as invalid. Everything else is retried for as long as
 * it lasts, with a pause of up to {@code outbox.max-backoff}: the broker being away or busy, a missing
 * or revoked ACL (authorization), failed SASL or TLS authentication, an expired credential, a broker
 * too old for the client, and errors the relay does not know. Those end when the broker or an operator
 * mends them, and a blocked row would only need an operator to release it then. Both hold back the
 * aggregate's later rows, so retrying loses no order; it only keeps trying.
 */
final class PublishErrors {

    private PublishErrors() {
    }

    /** Whether sending the same row again can never succeed (the row is blocked after a few attempts). */
    static boolean neverSucceeds(Throwable error) {
        for (Throwable e = error; e != null; e = e.getCause()) {
            if (e instanceof RecordTooLargeException || e instanceof RecordBatchTooLargeException
                    || e instanceof SerializationException || e instanceof InvalidTopicException
                    || e instanceof InvalidRecordException) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the error left the producer in a state it never leaves: the idempotent producer turns
     * these fatal, and every later send fails with "in an error state" until it is closed. The relay
     * starts a new producer, which asks the broker again (an ACL fixed meanwhile then lets it through).
     */
    static boolean breaksProducer(Throwable error) {
        for (Throwable e = error; e != null; e = e.getCause()) {
            if (e instanceof ClusterAuthorizationException || e instanceof TransactionalIdAuthorizationException
                    || e instanceof ProducerFencedException || e instanceof UnsupportedVersionException
                    || e instanceof InvalidPidMappingException) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the broker did not answer in time (no metadata within {@code max.block.ms}, no
     * acknowledgement within {@code delivery.timeout.ms}): it is away, and later sends would wait as long.
     */
    static boolean timedOut(Throwable error) {
        return error instanceof org.apache.kafka.common.errors.TimeoutException
                || error instanceof java.util.concurrent.TimeoutException;
    }

    /** The error's kind for the {@code outbox.failed} counter and the log: its class's simple name. */
    static String kind(Throwable error) {
        return error.getClass().getSimpleName();
    }
}
