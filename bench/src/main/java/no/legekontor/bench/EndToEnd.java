package no.legekontor.bench;

import java.io.IOException;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.HdrHistogram.Histogram;

/**
 * The open-model phases at {@code --rate}: submissions until each is in the inbox (and what a
 * submission costs the machine in CPU), then GPs' replies until each is in the patient's
 * conversation, after a short warm-up of the reply path.
 */
final class EndToEnd {

    /** How long the phases wait for the last arrivals before counting the rest as missing. */
    private static final Duration AWAIT = Duration.ofSeconds(120);
    /*
     * The reply path (inbox-service's reply endpoint, its outbox, the portal's consumer) runs for
     * the first time in the reply phase; without a warm-up, its JIT compilation and first
     * connections land in the measured p99. Half a minute at half the rate (--quick: 5 s), on inbox
     * items the measured phase does not use, takes them out: after 5 s at 50/s the full run's reply
     * p99 was still 838 ms while its p50 was 17 ms (issue 11).
     */
    private static final double WARM_UP_RATE = 100;
    private static final int WARM_UP_SECONDS = 30;

    private final SystemUnderTest system;
    private final Options options;
    private final Report report;
    private final Requests requests;

    EndToEnd(SystemUnderTest system, Options options, Report report, Requests requests) {
        this.system = system;
        this.options = options;
        this.report = report;
        this.requests = requests;
    }

    void run() throws SQLException, IOException {
        List<String[]> items = submissions();
        int warmUpItems = Math.min((int) (WARM_UP_RATE * warmUpSeconds()), items.size() / 4);
        warmUpReplies(items.subList(items.size() - warmUpItems, items.size()));
        replies(items.subList(0, items.size() - warmUpItems));
    }

    /** Submissions at the rate; returns the inbox items they made (conversation id, item id, clinic). */
    private List<String[]> submissions() throws SQLException {
        double rate = options.rate;
        int seconds = options.scaled(60);
        Bench.step(String.format("End to end: %.0f submissions/s for %d s (open model), until each is in the inbox",
                rate, seconds));
        system.settle();
        List<String[]> items = Collections.synchronizedList(new ArrayList<>());
        CpuTime.Snapshot before = system.cpu();
        SystemUnderTest.Window window = system.submissions("e2e-submit", rate, Duration.ofSeconds(seconds),
                Long.MAX_VALUE, AWAIT, requests.submissions, items::add);
        report(window, "e2e_submit_http", "e2e", "in the inbox");
        system.drain();
        cpuPer("submission", before, system.cpu(), window.http().ok());
        return new ArrayList<>(items);
    }

    /**
     * CPU of each part of the system from before the phase until everything it started had
     * arrived and the pipeline was empty, per request ({@code what}: submission or reply). A
     * submission: the request, the relay, the broker, the inbox's consumer and the RequestReceived
     * answer back to the portal. A reply: the GP's request, the inbox's relay, the broker and the
     * portal's consumer (the conversation, the invoice, the notification and its event).
     */
    private void cpuPer(String what, CpuTime.Snapshot before, CpuTime.Snapshot after, long requests) {
        if (requests == 0) {
            return;
        }
        double portal = (after.portal() - before.portal()) / requests;
        double inbox = (after.inbox() - before.inbox()) / requests;
        double broker = (after.broker() - before.broker()) / requests;
        double postgres = (after.postgres() - before.postgres()) / requests;
        double total = portal + inbox + broker + postgres;
        String key = "cpu_ms_per_" + what;
        report.put(key, total);
        report.put(key + "_portal", portal);
        report.put(key + "_inbox", inbox);
        report.put(key + "_broker", broker);
        report.put(key + "_postgres", postgres);
        Bench.say(String.format("  CPU per %s: %.2f ms (portal-api %.2f, inbox-service %.2f, broker %.2f,"
                + " PostgreSQL %.2f)", what, total, portal, inbox, broker, postgres));
    }

    private int warmUpSeconds() {
        return options.quick ? 5 : WARM_UP_SECONDS;
    }

    private void warmUpReplies(List<String[]> items) throws SQLException, IOException {
        Bench.step(String.format("End to end: reply warm-up, %.0f replies/s for %d s (not counted)", WARM_UP_RATE,
                warmUpSeconds()));
        SystemUnderTest.Window window = replies("reply-warm-up", WARM_UP_RATE, warmUpSeconds(), items);
        Histogram latency = window.arrivals().histogram();
        Bench.say(String.format("  at the patient: %d of %d; p99 %.1f ms (HTTP p99 %.1f ms)",
                window.arrivals().matched(), window.http().ok(), Load.percentileMs(latency, 99),
                window.http().p99Ms()));
        system.settle();
    }

    private void replies(List<String[]> items) throws SQLException, IOException {
        double rate = options.rate;
        int seconds = options.scaled(45);
        Bench.step(String.format("End to end: %.0f replies/s for %d s (open model, GPs), until each is in the"
                + " patient's conversation", rate, seconds));
        CpuTime.Snapshot before = system.cpu();
        SystemUnderTest.Window window = replies("e2e-reply", rate, seconds, items);
        report(window, "reply_http", "reply_e2e", "at the patient");
        system.drain();
        cpuPer("reply", before, system.cpu(), window.http().ok());
    }

    /**
     * A measured window's figures: its requests under {@code httpKey}, the time to where they
     * arrive ({@code where}) under {@code key}.
     */
    private void report(SystemUnderTest.Window window, String httpKey, String key, String where) {
        Load.Result http = window.http();
        report.result(httpKey, http);
        Histogram latency = window.arrivals().histogram();
        report.put(key + "_rate", http.ok() / http.seconds());
        report.latency(key, latency);
        report.put(key + "_arrived", window.arrivals().matched());
        report.put(key + "_missing", window.missing());
        Bench.say(String.format("  %s: %d of %d; p50 %.1f ms, p99 %.1f ms, max %.1f ms", where,
                window.arrivals().matched(), http.ok(), Load.percentileMs(latency, 50), Load.percentileMs(latency, 99),
                latency.getMaxValue() / 1000.0));
    }

    /** GPs' replies to the items (cycled when there are fewer), timed to the patient's conversation. */
    private SystemUnderTest.Window replies(String name, double rate, int seconds, List<String[]> items)
            throws SQLException, IOException {
        List<byte[]> calls = new ArrayList<>();
        for (int i = 0; i < (int) (rate * seconds); i++) {
            String[] item = items.get(i % items.size());
            calls.add(requests.reply(system.inbox.port(), item[1], item[2], i));
        }
        Arrivals.Matcher atPatient = new Arrivals.Matcher();
        try (Arrivals arrivals = new Arrivals(system.portalUrl(), system.user(), "bench_reply", atPatient::arrived)) {
            Load.Result http = Load.open(name, "127.0.0.1", system.inbox.port(), rate, Duration.ofSeconds(seconds),
                    Load.poolFor(rate), i -> new Load.Call(calls.get(i % calls.size()), 201,
                            (response, due) -> atPatient.due(system.field(response, "id"), due)));
            SystemUnderTest.awaitArrivals(atPatient, http.ok(), AWAIT);
            return new SystemUnderTest.Window(http, atPatient);
        }
    }
}
