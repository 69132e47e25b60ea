package no.legekontor.bench;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntFunction;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * The load generator. Two models:
 * <ul>
 * <li>closed ({@link #closed}): N users, each sends its next request when the previous answer
 * came; measures the highest throughput at that concurrency and the latency it costs;</li>
 * <li>open ({@link #open}): requests are due at a fixed rate whatever the answers do; latency is
 * measured from when a request was due, not from when it was sent, so a stall of the system shows
 * up as the full delay of every request it held back (no coordinated omission).</li>
 * </ul>
 */
final class Load {

    /** Highest latency the histograms hold: a minute, in microseconds. */
    static final long MAX_MICROS = TimeUnit.MINUTES.toMicros(1);

    private Load() {
    }

    /** What to send, what status means success, and what to do with the answer. */
    record Call(byte[] request, int expectedStatus, Callback callback) {
        Call(byte[] request, int expectedStatus) {
            this(request, expectedStatus, null);
        }
    }

    /** Gets the answer of a successful call and when it was due (System.nanoTime). */
    interface Callback {
        void answered(HttpConnection.Response response, long dueNanos);
    }

    /** The outcome of one measured phase; {@code unsent}: the calls an open-model phase gave up on. */
    record Result(String name, long ok, long errors, double seconds, Histogram latencyMicros, String firstError,
            long unsent) {

        double rps() {
            return ok / seconds;
        }

        double p50Ms() {
            return percentileMs(latencyMicros, 50);
        }

        double p99Ms() {
            return percentileMs(latencyMicros, 99);
        }

        double maxMs() {
            return latencyMicros.getTotalCount() == 0 ? 0 : latencyMicros.getMaxValue() / 1000.0;
        }
    }

    /** One request and its answer; {@code error} is null when the answer had the expected status. */
    private record Exchange(HttpConnection.Response response, String error) {

        static Exchange of(HttpConnection connection, Call call) {
            try {
                HttpConnection.Response response = connection.exchange(call.request());
                return response.status() == call.expectedStatus() ? new Exchange(response, null)
                        : new Exchange(response, "HTTP " + response.status() + ": " + abbreviate(response.text()));
            } catch (IOException | RuntimeException e) {
                return new Exchange(null, e.toString());
            }
        }
    }

    static double percentileMs(Histogram h, double percentile) {
        return h.getTotalCount() == 0 ? 0 : h.getValueAtPercentile(percentile) / 1000.0;
    }

    static Histogram newHistogram() {
        return new Histogram(MAX_MICROS, 3);
    }

    /**
     * {@code users} threads, each on its own keep-alive connection, send back to back for
     * {@code warmup + measure}; only calls that end within the measured window count.
     */
    static Result closed(String name, String host, int port, int users, Duration warmup, Duration measure,
            IntFunction<Call> calls) {
        Recorder recorder = new Recorder(MAX_MICROS, 3);
        AtomicLong ok = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        AtomicLong sequence = new AtomicLong();
        String[] firstError = new String[1];
        long start = System.nanoTime();
        long measureFrom = start + warmup.toNanos();
        long end = measureFrom + measure.toNanos();
        List<Thread> threads = new ArrayList<>();
        for (int u = 0; u < users; u++) {
            Thread t = new Thread(() -> {
                try (HttpConnection connection = new HttpConnection(host, port)) {
                    while (true) {
                        Call call = calls.apply((int) sequence.getAndIncrement());
                        long sent = System.nanoTime();
                        if (sent >= end) {
                            return;
                        }
                        Exchange exchange = Exchange.of(connection, call);
                        String error = exchange.error();
                        HttpConnection.Response response = exchange.response();
                        long done = System.nanoTime();
                        if (error == null && call.callback() != null) {
                            call.callback().answered(response, sent);
                        }
                        if (done < measureFrom || done > end) {
                            continue;
                        }
                        recorder.recordValue(Math.min(MAX_MICROS, (done - sent) / 1000));
                        if (error == null) {
                            ok.incrementAndGet();
                        } else {
                            if (errors.getAndIncrement() == 0) {
                                firstError[0] = error;
                            }
                        }
                    }
                }
            }, name + "-" + u);
            threads.add(t);
            t.start();
        }
        joinAll(threads);
        return new Result(name, ok.get(), errors.get(), measure.toNanos() / 1e9, recorder.getIntervalHistogram(),
                firstError[0], 0);
    }

    /** Connections for an open-model rate: enough for 0.1 s of calls in flight, at least 64. */
    static int poolFor(double ratePerSecond) {
        return Math.max(64, (int) Math.ceil(ratePerSecond * 0.1));
    }

    /**
     * Calls due at {@code ratePerSecond} for {@code duration}, sent by a pool of {@code workers}
     * connections; latency runs from the due time. When every worker is busy a due call waits in
     * the queue, and that wait is part of its latency.
     */
    static Result open(String name, String host, int port, double ratePerSecond, Duration duration, int workers,
            IntFunction<Call> calls) {
        return open(name, host, port, ratePerSecond, duration, workers, Long.MAX_VALUE, calls);
    }

    /**
     * As {@link #open(String, String, int, double, Duration, int, IntFunction)}, but gives up once
     * more than {@code maxWaiting} due calls wait for a connection: the rate is then plainly beyond
     * what the system answers, and going on would only stretch the phase by the backlog. What was
     * not sent is {@link Result#unsent()}.
     */
    static Result open(String name, String host, int port, double ratePerSecond, Duration duration, int workers,
            long maxWaiting, IntFunction<Call> calls) {
        Recorder recorder = new Recorder(MAX_MICROS, 3);
        AtomicLong ok = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        String[] firstError = new String[1];
        long total = (long) (ratePerSecond * duration.toSeconds());
        BlockingQueue<long[]> due = new ArrayBlockingQueue<>((int) Math.max(total, 1));
        long period = (long) (1e9 / ratePerSecond);
        long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(50);
        List<Thread> threads = new ArrayList<>();
        for (int w = 0; w < workers; w++) {
            Thread t = new Thread(() -> {
                try (HttpConnection connection = new HttpConnection(host, port)) {
                    while (true) {
                        long[] task = due.take();
                        if (task[0] < 0) {
                            return;
                        }
                        Call call = calls.apply((int) task[0]);
                        long dueAt = task[1];
                        Exchange exchange = Exchange.of(connection, call);
                        String error = exchange.error();
                        HttpConnection.Response response = exchange.response();
                        recorder.recordValue(Math.min(MAX_MICROS, (System.nanoTime() - dueAt) / 1000));
                        if (error == null) {
                            ok.incrementAndGet();
                            if (call.callback() != null) {
                                call.callback().answered(response, dueAt);
                            }
                        } else if (errors.getAndIncrement() == 0) {
                            firstError[0] = error;
                        }
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, name + "-" + w);
            threads.add(t);
            t.start();
        }
        long unsent = 0;
        for (long i = 0; i < total; i++) {
            if (due.size() > maxWaiting) {
                List<long[]> dropped = new ArrayList<>();
                due.drainTo(dropped);
                unsent = total - i + dropped.size();
                break;
            }
            long dueAt = start + i * period;
            long wait;
            while ((wait = dueAt - System.nanoTime()) > 0) {
                LockSupport.parkNanos(wait);
            }
            due.add(new long[] {i, dueAt});
        }
        for (int w = 0; w < workers; w++) {
            try {
                due.put(new long[] {-1, 0});
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        joinAll(threads);
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Result(name, ok.get(), errors.get(), seconds, recorder.getIntervalHistogram(), firstError[0],
                unsent);
    }

    private static void joinAll(List<Thread> threads) {
        for (Thread t : threads) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    static String abbreviate(String text) {
        String oneLine = text.replaceAll("\\s+", " ");
        return oneLine.length() > 200 ? oneLine.substring(0, 200) + "..." : oneLine;
    }
}
