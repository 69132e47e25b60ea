package no.legekontor.bench;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.HdrHistogram.Histogram;

/**
 * The figures of one run: a flat map of numbers (written as latest.json) and the table printed at
 * the end, each line with its target where the issue sets one.
 */
final class Report {

    final Map<String, Number> figures = new LinkedHashMap<>();
    String machine = "";
    String dataSet = "";
    String loadBefore = "";
    String loadAfter = "";

    void put(String key, double value) {
        figures.put(key, Math.round(value * 100) / 100.0);
    }

    void put(String key, long value) {
        figures.put(key, value);
    }

    void result(String prefix, Load.Result r) {
        put(prefix + "_rps", r.rps());
        put(prefix + "_p50_ms", r.p50Ms());
        put(prefix + "_p99_ms", r.p99Ms());
        put(prefix + "_max_ms", r.maxMs());
        put(prefix + "_errors", r.errors());
        Bench.say(String.format("  %.0f/s, p50 %.1f ms, p99 %.1f ms, max %.1f ms, %d errors%s", r.rps(), r.p50Ms(),
                r.p99Ms(), r.maxMs(), r.errors(), r.firstError() == null ? "" : " (first: " + r.firstError() + ")"));
    }

    void latency(String prefix, Histogram h) {
        put(prefix + "_p50_ms", Load.percentileMs(h, 50));
        put(prefix + "_p99_ms", Load.percentileMs(h, 99));
        put(prefix + "_max_ms", h.getTotalCount() == 0 ? 0 : h.getMaxValue() / 1000.0);
    }

    double get(String key) {
        Number n = figures.get(key);
        return n == null ? Double.NaN : n.doubleValue();
    }

    String table() {
        if (figures.containsKey("submit_c32_rps") && figures.containsKey("pg_insert_c32_tps")) {
            put("submit_vs_pg_c32", get("submit_c32_rps") / get("pg_insert_c32_tps"));
            put("submit_vs_pg_c8", get("submit_c8_rps") / get("pg_insert_c8_tps"));
            put("submit_vs_kafka", get("submit_c32_rps") / get("kafka_produce_rps"));
        }
        if (figures.containsKey("capacity_rps") && figures.containsKey("pg_insert_c32_tps")) {
            put("capacity_vs_pg", get("capacity_rps") / get("pg_insert_c32_tps"));
        }
        StringBuilder t = new StringBuilder();
        t.append("GP portal benchmark, ").append(LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")))
                .append('\n');
        t.append("Machine:  ").append(machine).append('\n');
        t.append("Data set: ").append(dataSet).append("\n\n");
        String head = String.format("%-52s %9s %8s %8s %8s %6s  %-26s %s%n", "", "per s", "p50 ms", "p99 ms", "max ms",
                "errors", "target", "");
        t.append(head);
        t.append("-".repeat(head.length() - 1)).append('\n');
        row(t, "Submit e-consultation, 8 users (closed)", "submit_c8", null, true);
        row(t, "Submit e-consultation, 32 users (closed)", "submit_c32", "p99 <= 25",
                get("submit_c32_p99_ms") <= 25);
        latencyRow(t, "E2E submit -> in inbox, " + (int) Math.round(get("e2e_rate")) + "/s (open)", "e2e", "e2e_rate",
                "p99 <= 50", get("e2e_p99_ms") <= 50, "e2e_missing");
        row(t, "  of which POST /e-consultations at that rate", "e2e_submit_http", null, true);
        latencyRow(t, "E2E reply -> at patient, " + (int) Math.round(get("reply_e2e_rate")) + "/s (open)", "reply_e2e",
                "reply_e2e_rate", "p99 <= 50", get("reply_e2e_p99_ms") <= 50, "reply_e2e_missing");
        row(t, "  of which POST /inbox/{id}/replies at that rate", "reply_http", null, true);
        t.append(String.format("%-52s %9.0f %8s %8.1f %8s %6s  %-26s %s%n",
                "Capacity: highest rate, E2E p99 <= 50, no backlog", get("capacity_rps"), "", get("capacity_p99_ms"), "",
                "", ">= 1000/s", verdict(get("capacity_rps") >= 1000)));
        row(t, "GET /conversations (50 each), 8 users (closed)", "conversations_read", ">= 3000/s, p99 <= 20",
                get("conversations_read_rps") >= 3000 && get("conversations_read_p99_ms") <= 20);
        row(t, "GET /inbox?status=OPEN (50 of 1000), 8 users", "inbox_read", ">= 2000/s, p99 <= 20",
                get("inbox_read_rps") >= 2000 && get("inbox_read_p99_ms") <= 20);
        t.append('\n');
        t.append(String.format("%-52s %9.0f %-37s%n", "Ceiling: PostgreSQL 1-row insert txn, 8 clients",
                get("pg_insert_c8_tps"), " tps (pgbench, ~1 KB row, indexed)"));
        t.append(String.format("%-52s %9.0f %-37s%n", "Ceiling: PostgreSQL 1-row insert txn, 32 clients",
                get("pg_insert_c32_tps"), " tps"));
        t.append(String.format("%-52s %9.0f %-37s%n", "Ceiling: Kafka producer, 1 KB, acks=all",
                get("kafka_produce_rps"), " records/s (ProducerPerformance)"));
        t.append(String.format("%-52s %9.0f %-37s%n", "Disk: fdatasync of one 8 kB write", get("pg_fdatasync_us"),
                " us (pg_test_fsync: a commit's wait)"));
        t.append(String.format("%-52s %9.2f %-37s %s%n", "submit c32 / pg insert c32", get("submit_vs_pg_c32"),
                "   (>= 0.5)", verdict(get("submit_vs_pg_c32") >= 0.5)));
        t.append(String.format("%-52s %9.2f%n", "submit c8 / pg insert c8", get("submit_vs_pg_c8")));
        t.append(String.format("%-52s %9.3f%n", "submit c32 / Kafka producer", get("submit_vs_kafka")));
        t.append(String.format("%-52s %9.3f %-37s %s%n", "capacity / pg insert c32", get("capacity_vs_pg"),
                "   (>= 0.1)", verdict(get("capacity_vs_pg") >= 0.1)));
        t.append('\n');
        for (String what : new String[] {"submission", "reply"}) {
            boolean submission = what.equals("submission");
            t.append(String.format("%-52s %9.2f %s%n", "CPU per " + what + ", whole system (E2E phase)",
                    get("cpu_ms_per_" + what), submission
                            ? "ms   (<= 1.5)                              " + verdict(get("cpu_ms_per_" + what) <= 1.5)
                            : "ms"));
            for (String[] part : new String[][] {{"portal-api", "portal"}, {"inbox-service", "inbox"},
                {"Kafka broker", "broker"}, {"PostgreSQL", "postgres"}}) {
                t.append(String.format("%-52s %9.2f ms%n", "  " + part[0], get("cpu_ms_per_" + what + "_" + part[1])));
            }
        }
        t.append('\n');
        for (String[] s : new String[][] {{"portal-api", "portal"}, {"inbox-service", "inbox"}}) {
            double ready = get(s[1] + "_ready_s");
            double load = get(s[1] + "_rss_mb_load");
            t.append(String.format("%-20s ready %5.2f s %-6s  RSS at rest %4.0f MB, under load %4.0f MB %-6s%n", s[0],
                    ready, verdict(ready <= 1), get(s[1] + "_rss_mb_rest"), load, verdict(load <= 250)));
        }
        t.append(String.format("%nTargets: ready <= 1 s, RSS <= 250 MB under load. Whole run: %.0f s. Load average"
                + " before: %s, after: %s.%n", get("bench_duration_s"), loadBefore, loadAfter));
        return t.toString();
    }

    private void row(StringBuilder t, String label, String key, String target, boolean met) {
        t.append(String.format("%-52s %9.0f %8.1f %8.1f %8.1f %6.0f  %-26s %s%n", label, get(key + "_rps"),
                get(key + "_p50_ms"), get(key + "_p99_ms"), get(key + "_max_ms"), get(key + "_errors"),
                target == null ? "" : target, target == null ? "" : verdict(met && get(key + "_errors") == 0)));
    }

    private void latencyRow(StringBuilder t, String label, String key, String rateKey, String target, boolean met,
            String missingKey) {
        t.append(String.format("%-52s %9.0f %8.1f %8.1f %8.1f %6.0f  %-26s %s%n", label, get(rateKey),
                get(key + "_p50_ms"), get(key + "_p99_ms"), get(key + "_max_ms"), get(missingKey), target,
                verdict(met && get(missingKey) == 0)));
    }

    private static String verdict(boolean met) {
        return met ? "ok" : "MISSED";
    }
}
