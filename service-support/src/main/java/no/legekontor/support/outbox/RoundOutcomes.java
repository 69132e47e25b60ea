package no.legekontor.support.outbox;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.common.errors.RetriableException;

/**
 * Sorts a round's rows by what the broker said. A row published after an earlier row of the
 * same aggregate failed is kept for the next round too, so the aggregate's order holds.
 */
final class RoundOutcomes {
    final List<Long> done = new ArrayList<>();
    final List<Long> retriable = new ArrayList<>();
    final List<Long> fatal = new ArrayList<>();
    final Set<UUID> broken = new HashSet<>();
    Throwable firstError;

    void add(OutboxRelay.Row row, Throwable error) {
        if (error == null) {
            if (!broken.contains(row.aggregateId())) {
                done.add(row.seq());
            }
            return;
        }
        broken.add(row.aggregateId());
        if (firstError == null) {
            firstError = error;
        }
        (isRetriable(error) ? retriable : fatal).add(row.seq());
    }

    private static boolean isRetriable(Throwable error) {
        return error instanceof RetriableException || error instanceof java.util.concurrent.TimeoutException
                || error instanceof org.apache.kafka.common.errors.TimeoutException;
    }
}
