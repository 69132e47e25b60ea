package no.legekontor.bench;

import java.sql.SQLException;
import java.time.Duration;
import java.util.List;

/**
 * {@code capacity_rps}: the highest open-model rate of submissions the whole pipeline sustains,
 * i.e. at which submission -> in the inbox stays at p99 &lt;= 50 ms and nothing backs up: every
 * submission of a window is in the inbox {@value #GRACE_S} s after the window, and the pipeline
 * (outboxes, RequestReceived back to the portal) is empty a few seconds later.
 *
 * <p>The search starts at {@value #START}/s and multiplies the rate by {@value #STEP} while windows
 * pass; after the first failure it bisects between the last pass and the first failure. A bounded
 * number of windows keeps the run's length bounded, so the answer is as fine as those windows
 * allow: within a factor {@value #STEP} at worst, usually within a fifth of that step.
 */
final class Capacity {

    static final double START = 100;
    static final double STEP = 1.4;
    static final double P99_LIMIT_MS = 50;
    static final int GRACE_S = 2;
    private static final int BISECTIONS = 2;
    /** After the grace, how long the rest of the pipeline may take to be empty. */
    private static final Duration CAUGHT_UP = Duration.ofSeconds(3);
    /** A window that has this many seconds of its calls waiting for a connection has failed; it stops there. */
    private static final double GIVE_UP_BACKLOG_S = 5;

    private final SystemUnderTest system;
    private final Options options;
    private final Report report;
    private final List<byte[]> submissions;

    Capacity(SystemUnderTest system, Options options, Report report, List<byte[]> submissions) {
        this.system = system;
        this.options = options;
        this.report = report;
        this.submissions = submissions;
    }

    private record Attempt(boolean passed, double p99Ms) {
    }

    void run() throws SQLException {
        int windowSeconds = options.quick ? 20 : 60;
        int maxWindows = options.quick ? 4 : 7;
        Bench.step(String.format("Capacity: highest submission rate with submit -> inbox p99 <= %.0f ms and no backlog"
                + " (%d s windows, from %.0f/s, x%.1f, then bisecting; at most %d windows)", P99_LIMIT_MS,
                windowSeconds, START, STEP, maxWindows));
        system.settle();
        double pass = 0;
        double passP99 = 0;
        double fail = Double.NaN;
        int windows = 0;
        for (double rate = START; windows < maxWindows; rate = Math.round(rate * STEP)) {
            Attempt attempt = attempt(rate, windowSeconds);
            windows++;
            if (!attempt.passed()) {
                fail = rate;
                break;
            }
            pass = rate;
            passP99 = attempt.p99Ms();
        }
        for (int b = 0; b < BISECTIONS && windows < maxWindows && !Double.isNaN(fail); b++) {
            double rate = Math.round((pass + fail) / 2);
            if (rate <= pass || rate >= fail) {
                break;
            }
            Attempt attempt = attempt(rate, windowSeconds);
            windows++;
            if (attempt.passed()) {
                pass = rate;
                passP99 = attempt.p99Ms();
            } else {
                fail = rate;
            }
        }
        report.put("capacity_rps", pass);
        report.put("capacity_p99_ms", passP99);
        Bench.say(String.format("  capacity: %.0f submissions/s%s", pass,
                Double.isNaN(fail) ? " (every window passed: the real capacity is higher)"
                        : String.format(" (%.0f/s failed)", fail)));
    }

    /** One window at the rate; drains the pipeline afterwards, so that the next window starts empty. */
    private Attempt attempt(double rate, int seconds) throws SQLException {
        SystemUnderTest.Window window = system.submissions("capacity-" + (int) rate, rate, Duration.ofSeconds(seconds),
                (long) (rate * GIVE_UP_BACKLOG_S), Duration.ofSeconds(GRACE_S), submissions, item -> { });
        Load.Result http = window.http();
        double p99 = Load.percentileMs(window.arrivals().histogram(), 99);
        boolean allArrived = window.missing() == 0 && http.errors() == 0 && http.unsent() == 0;
        boolean caughtUp = allArrived && !Double.isNaN(system.caughtUpAfter(CAUGHT_UP));
        boolean passed = caughtUp && p99 <= P99_LIMIT_MS;
        Bench.say(String.format("  %5.0f/s: p99 %7.1f ms (HTTP p99 %.1f ms), %d of %d arrived, %d missing%s%s -> %s",
                rate, p99, http.p99Ms(), window.arrivals().matched(), http.ok(), window.missing(),
                http.errors() + http.unsent() == 0 ? ""
                        : String.format(", %d errors, %d unsent%s", http.errors(), http.unsent(),
                                http.firstError() == null ? "" : " (first: " + http.firstError() + ")"),
                allArrived && !caughtUp ? ", pipeline not empty " + CAUGHT_UP.toSeconds() + " s later" : "",
                passed ? "pass" : "fail"));
        system.drain();
        return new Attempt(passed, p99);
    }
}
