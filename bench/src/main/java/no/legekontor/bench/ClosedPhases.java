package no.legekontor.bench;

import java.sql.SQLException;
import java.time.Duration;

/**
 * The closed-model phases: the two list reads at {@code --read-users} users, then submissions at 8
 * and at 32 users, each followed by the time the pipeline needs to catch up.
 */
final class ClosedPhases {

    private final SystemUnderTest system;
    private final Options options;
    private final Report report;
    private final Requests requests;

    ClosedPhases(SystemUnderTest system, Options options, Report report, Requests requests) {
        this.system = system;
        this.options = options;
        this.report = report;
        this.requests = requests;
    }

    void reads() {
        int users = options.readUsers;
        Bench.step("Reads: GET /api/v1/conversations?size=50 (patients with 50 conversations), " + users + " users");
        Load.Result conversations = Load.closed("conversations", "127.0.0.1", system.portal.port(), users,
                Duration.ofSeconds(options.scaled(10)), Duration.ofSeconds(options.scaled(20)),
                i -> new Load.Call(requests.conversationReads.get(i % requests.conversationReads.size()), 200));
        report.result("conversations_read", conversations);

        Bench.step("Reads: GET /api/v1/inbox?status=OPEN&size=50 (clinic with 1,000 open items), " + users + " users");
        Load.Result inbox = Load.closed("inbox", "127.0.0.1", system.inbox.port(), users,
                Duration.ofSeconds(options.scaled(10)), Duration.ofSeconds(options.scaled(20)),
                i -> new Load.Call(requests.inboxReads.get(i % requests.inboxReads.size()), 200));
        report.result("inbox_read", inbox);
    }

    void submissions() throws SQLException {
        for (int users : new int[] {8, 32}) {
            Bench.step("Submissions: POST /api/v1/e-consultations, " + users + " users");
            Load.Result submit = Load.closed("submit-c" + users, "127.0.0.1", system.portal.port(), users,
                    Duration.ofSeconds(options.scaled(users == 8 ? 10 : 5)), Duration.ofSeconds(options.scaled(30)),
                    i -> new Load.Call(requests.submissions.get(i % requests.submissions.size()), 201));
            report.result("submit_c" + users, submit);
            double drained = system.drain();
            report.put("submit_c" + users + "_drain_s", drained);
            Bench.say(String.format("  the pipeline (relay, inbox consumer, RequestReceived back) caught up %.1f s"
                    + " after the phase", drained));
        }
    }
}
