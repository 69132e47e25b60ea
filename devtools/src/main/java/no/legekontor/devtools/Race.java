package no.legekontor.devtools;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeoutException;

/**
 * Starts two actions at the same moment, as two people acting on one thing at once: each waits on a
 * barrier in its own thread, and both are released together. A race test runs a pair many times and
 * asserts the final state each time (a lost update shows in some rounds, not in all).
 */
public final class Race {

    /** How many times a race test runs each pair: a lost update shows in some rounds, not in all. */
    public static final int ROUNDS = 30;

    /**
     * The stagger for a pair whose first side is an HTTP call and whose second is a direct call:
     * the request takes this long or so to reach the row, so the second side is drawn across it.
     */
    public static final Duration HTTP_HEAD_START = Duration.ofMillis(20);

    private static final Duration BOUND = Duration.ofSeconds(30);

    private Race() {
    }

    /** What one side of a race ended with: its value, or what it threw. */
    public record Outcome<T>(T value, Throwable error) {

        public boolean succeeded() {
            return error == null;
        }

        /** The value; the error again (unchecked) when it failed. */
        public T get() {
            if (error != null) {
                throw new AssertionError("This side of the race failed", error);
            }
            return value;
        }
    }

    /** Both outcomes, in the order the actions were given. */
    public record Outcomes<A, B>(Outcome<A> first, Outcome<B> second) {
    }

    /** Runs both actions at once and waits for both (30 s at most). */
    public static <A, B> Outcomes<A, B> run(Callable<A> first, Callable<B> second) {
        return run(first, second, Duration.ZERO);
    }

    /**
     * Runs both actions at once, the second after a random pause of up to {@code stagger}: when one
     * side does more before it reaches the shared row (an HTTP call, a token check), a pause drawn
     * anew each round lets the two meet at every point of each other's work.
     */
    public static <A, B> Outcomes<A, B> run(Callable<A> first, Callable<B> second, Duration stagger) {
        long pauseNanos = stagger.isZero() ? 0 : ThreadLocalRandom.current().nextLong(stagger.toNanos() + 1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            CyclicBarrier start = new CyclicBarrier(2);
            Future<A> a = threads.submit(() -> {
                start.await();
                return first.call();
            });
            Future<B> b = threads.submit(() -> {
                start.await();
                if (pauseNanos > 0) {
                    TimeUnit.NANOSECONDS.sleep(pauseNanos);
                }
                return second.call();
            });
            return new Outcomes<>(outcome(a), outcome(b));
        } finally {
            threads.shutdownNow();
        }
    }

    /** An action that gives nothing back, as one side of a race. */
    public static Callable<Void> action(Runnable action) {
        return () -> {
            action.run();
            return null;
        };
    }

    /** The outcomes that failed, for a message. */
    public static List<Throwable> errors(Outcomes<?, ?> outcomes) {
        return java.util.stream.Stream.of(outcomes.first().error(), outcomes.second().error())
                .filter(java.util.Objects::nonNull).toList();
    }

    private static <T> Outcome<T> outcome(Future<T> future) {
        try {
            return new Outcome<>(future.get(BOUND.toMillis(), TimeUnit.MILLISECONDS), null);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() instanceof BrokenBarrierException ? e : e.getCause();
            return new Outcome<>(null, cause);
        } catch (TimeoutException e) {
            throw new AssertionError("A side of the race did not end within " + BOUND.toSeconds() + " s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted while racing", e);
        }
    }
}
