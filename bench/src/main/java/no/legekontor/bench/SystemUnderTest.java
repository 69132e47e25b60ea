package no.legekontor.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import no.legekontor.devtools.KafkaBroker;
import no.legekontor.devtools.Postgres;
import no.legekontor.devtools.launch.ServiceInstance;

/**
 * The running system as the load phases see it: both services, their databases, the broker, and
 * the two things every open-model phase needs, an open-model window of submissions timed to the
 * inbox and the wait until the pipeline has caught up.
 */
final class SystemUnderTest {

    /** How long the pipeline may take to catch up before the run stops as broken. */
    private static final Duration DRAIN_LIMIT = Duration.ofSeconds(300);

    final ServiceInstance portal;
    final ServiceInstance inbox;
    private final KafkaBroker broker;
    private final Postgres postgres;
    private final Path logs;
    private final ObjectMapper json = new ObjectMapper();

    SystemUnderTest(ServiceInstance portal, ServiceInstance inbox, KafkaBroker broker, Postgres postgres, Path logs) {
        this.portal = portal;
        this.inbox = inbox;
        this.broker = broker;
        this.postgres = postgres;
        this.logs = logs;
    }

    /**
     * An open-model window: its requests, and when what each created arrived (in the inbox, at the
     * patient); {@code missing}: answered 201 but not arrived.
     */
    record Window(Load.Result http, Arrivals.Matcher arrivals) {

        long missing() {
            return http.ok() - arrivals.matched();
        }
    }

    String portalUrl() {
        return postgres.jdbcUrl(Bench.PORTAL_DB);
    }

    String inboxUrl() {
        return postgres.jdbcUrl(Bench.INBOX_DB);
    }

    String user() {
        return postgres.user();
    }

    /** The notifying triggers of {@link Arrivals}: new inbox items, and clinic messages in the portal. */
    void installTriggers() throws SQLException {
        Arrivals.installTrigger(inboxUrl(), user(), "inbox_item", "bench_inbox",
                "new.conversation_id::text || ' ' || new.id::text || ' ' || new.clinic_org", "true");
        Arrivals.installTrigger(portalUrl(), user(), "conversation_message", "bench_reply", "new.id::text",
                "new.sender = 'CLINIC'");
    }

    /**
     * POST /e-consultations at {@code rate} for {@code length} (open model, giving up past
     * {@code maxWaiting} queued calls), then waits up to {@code await} for every answered
     * submission's inbox item; {@code onItem} gets each arrived item as conversation id, item id
     * and clinic.
     */
    Window submissions(String name, double rate, Duration length, long maxWaiting, Duration await,
            List<byte[]> requests, Consumer<String[]> onItem) throws SQLException {
        Arrivals.Matcher inInbox = new Arrivals.Matcher();
        try (Arrivals items = new Arrivals(inboxUrl(), user(), "bench_inbox", (payload, at) -> {
            String[] parts = payload.split(" ");
            onItem.accept(parts);
            inInbox.arrived(parts[0], at);
        })) {
            Load.Result http = Load.open(name, "127.0.0.1", portal.port(), rate, length, Load.poolFor(rate), maxWaiting,
                    i -> new Load.Call(requests.get(i % requests.size()), 201,
                            (response, due) -> inInbox.due(field(response, "id"), due)));
            awaitArrivals(inInbox, http.ok(), await);
            return new Window(http, inInbox);
        }
    }

    static void awaitArrivals(Arrivals.Matcher matcher, long expected, Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (matcher.matched() < expected && System.nanoTime() < deadline) {
            Apps.sleep(50);
        }
    }

    /** Waits until every request is through the pipeline; returns how long that took, in seconds. */
    double drain() throws SQLException {
        double seconds = caughtUpAfter(DRAIN_LIMIT);
        if (Double.isNaN(seconds)) {
            throw new IllegalStateException("The pipeline did not catch up within " + DRAIN_LIMIT.toSeconds()
                    + " s: see " + logs);
        }
        return seconds;
    }

    /**
     * Seconds until both outboxes were empty and nothing was SUBMITTED any more, or NaN when that
     * did not happen within {@code limit}.
     */
    double caughtUpAfter(Duration limit) throws SQLException {
        long start = System.nanoTime();
        long deadline = start + limit.toNanos();
        try (Connection portalDb = DataSet.connect(portalUrl(), user());
                Connection inboxDb = DataSet.connect(inboxUrl(), user())) {
            while (System.nanoTime() < deadline) {
                long pending = count(portalDb, "select count(*) from outbox_event")
                        + count(portalDb, "select count(*) from conversation where status = 'SUBMITTED'")
                        + count(inboxDb, "select count(*) from outbox_event");
                if (pending == 0) {
                    return (System.nanoTime() - start) / 1e9;
                }
                Apps.sleep(100);
            }
        }
        return Double.NaN;
    }

    /**
     * Drains the pipeline, then vacuums both databases, so that a phase does not pay for the dead
     * rows (outbox, consumed events) of the phases before it; autovacuum would, later.
     */
    void settle() throws SQLException {
        drain();
        for (String url : List.of(portalUrl(), inboxUrl())) {
            try (Connection db = DataSet.connect(url, user()); Statement s = db.createStatement()) {
                s.execute("vacuum analyze");
            }
        }
    }

    /** CPU time so far of both services, the broker and PostgreSQL. */
    CpuTime.Snapshot cpu() {
        return CpuTime.Snapshot.take(portal.pid().orElse(0L), inbox.pid().orElse(0L), broker.pid().orElse(0L));
    }

    String field(HttpConnection.Response response, String name) {
        try {
            return json.readTree(response.body()).path(name).asText();
        } catch (IOException e) {
            throw new IllegalStateException("Unreadable answer: " + Load.abbreviate(response.text()), e);
        }
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
