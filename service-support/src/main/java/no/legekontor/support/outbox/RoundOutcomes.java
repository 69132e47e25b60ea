package no.legekontor.support.outbox;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One relay round: which rows go out next, and what became of them.
 *
 * <p>The rows of one aggregate go out one after the other, each once the broker has acknowledged the
 * one before; the rows of different aggregates go out together, one wave at a time (the oldest unsent
 * row of every aggregate). An idempotent producer keeps a partition's order only among records that
 * succeed: after a failed send (too large, refused, timed out) the next record of the same key can
 * still land, before the failed one is retried. So a row that fails holds its aggregate's later rows
 * out of the round, unsent and untouched, and the next rounds keep them behind it ({@code due()}).
 *
 * <p>A timeout (the broker is away) or a producer left unusable ends the round: the rows not yet
 * sent wait for the next one, with no attempt counted.
 */
final class RoundOutcomes {

    /** Rows that failed for one reason in this round. */
    record Failure(String kind, String reason, boolean neverSucceeds, List<Long> seqs) {
    }

    private final Map<UUID, ArrayDeque<OutboxRelay.Row>> unsent = new LinkedHashMap<>();
    private final List<Long> done = new ArrayList<>();
    private final Map<String, Failure> failures = new LinkedHashMap<>();
    private int heldBack;
    private boolean over;
    private boolean producerBroken;

    /** @param rows the round's rows, oldest first */
    RoundOutcomes(List<OutboxRelay.Row> rows) {
        for (OutboxRelay.Row row : rows) {
            unsent.computeIfAbsent(row.aggregateId(), id -> new ArrayDeque<>()).add(row);
        }
    }

    /**
     * The rows to send now: the oldest unsent row of each aggregate whose rows so far all went out.
     * Empty once the round is over. Record each one's outcome with {@link #add} before asking again.
     */
    List<OutboxRelay.Row> nextWave() {
        if (over) {
            return List.of();
        }
        List<OutboxRelay.Row> wave = new ArrayList<>(unsent.size());
        for (Iterator<ArrayDeque<OutboxRelay.Row>> chains = unsent.values().iterator(); chains.hasNext(); ) {
            ArrayDeque<OutboxRelay.Row> chain = chains.next();
            wave.add(chain.poll());
            if (chain.isEmpty()) {
                chains.remove();
            }
        }
        return wave;
    }

    /** What became of a sent row: {@code error} is null when the broker acknowledged it. */
    void add(OutboxRelay.Row row, Throwable error) {
        if (error == null) {
            done.add(row.seq());
            return;
        }
        ArrayDeque<OutboxRelay.Row> later = unsent.remove(row.aggregateId());
        heldBack += later == null ? 0 : later.size();
        boolean neverSucceeds = PublishErrors.neverSucceeds(error);
        String kind = PublishErrors.kind(error);
        String reason = kind + ": " + error.getMessage();
        failures.computeIfAbsent(neverSucceeds + reason, key -> new Failure(kind, reason, neverSucceeds,
                new ArrayList<>())).seqs().add(row.seq());
        if (PublishErrors.breaksProducer(error)) {
            producerBroken = true;
            over = true;
        }
        if (PublishErrors.timedOut(error)) {
            over = true;
        }
    }

    /** Whether nothing more is sent in this round. */
    boolean isOver() {
        return over;
    }

    /** Rows the broker acknowledged, to delete. */
    List<Long> done() {
        return done;
    }

    /** Rows that failed, grouped by reason. */
    Collection<Failure> failures() {
        return failures.values();
    }

    /** Later rows of failed rows' aggregates, kept out of this round. */
    int heldBack() {
        return heldBack;
    }

    /** Whether the producer must be replaced before the next round ({@link PublishErrors#breaksProducer}). */
    boolean producerBroken() {
        return producerBroken;
    }
}
