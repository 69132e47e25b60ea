package no.legekontor.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import no.legekontor.devtools.TopicClient;
import no.legekontor.devtools.asyncapi.EventContract;
import no.legekontor.shared.event.Topics;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Every event the services publish while a test class runs matches the committed AsyncAPI document
 * ({@code asyncapi/portal-events.yaml}): before the class, the three topics' and their dead-letter
 * topics' end offsets are noted; after it, every record published since is read and checked against
 * its message (by its {@code event-type} header), and the class fails naming each record's topic,
 * offset, event type and violation. For the classes that drive the shared system through its APIs
 * only (no records published by hand): {@code @ExtendWith(PublishedEventsMatchTheDocument.class)}.
 */
final class PublishedEventsMatchTheDocument implements BeforeAllCallback, AfterAllCallback {

    static final List<String> TOPICS = List.of(Topics.PORTAL_REQUESTS, Topics.PORTAL_REQUESTS + ".dlq",
            Topics.INBOX_EVENTS, Topics.INBOX_EVENTS + ".dlq", Topics.PORTAL_NOTIFICATIONS);

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(PublishedEventsMatchTheDocument.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        TopicClient topics = topics();
        Map<String, Map<Integer, Long>> start = new LinkedHashMap<>();
        TOPICS.forEach(topic -> start.put(topic, topics.endOffsets(topic)));
        context.getStore(NAMESPACE).put("start", start);
    }

    @Override
    @SuppressWarnings("unchecked")
    public void afterAll(ExtensionContext context) {
        Map<String, Map<Integer, Long>> start = context.getStore(NAMESPACE).get("start", Map.class);
        TopicClient topics = topics();
        EventContract contract = EventContract.committed();
        List<String> violations = new ArrayList<>();
        Map<String, Integer> seen = new TreeMap<>();
        for (String topic : TOPICS) {
            for (TopicClient.Received record : topics.readFrom(topic, start.get(topic))) {
                violations.addAll(contract.violations(topic, record));
                seen.merge(topic + " " + record.headers().get(Topics.HEADER_EVENT_TYPE), 1, Integer::sum);
            }
        }
        assertThat(seen).as("events published while %s ran", context.getDisplayName()).isNotEmpty();
        System.out.printf("Checked against asyncapi/portal-events.yaml after %s: %s%n", context.getDisplayName(), seen);
        assertThat(violations).as("events published while %s ran (%s) that break asyncapi/portal-events.yaml",
                context.getDisplayName(), seen).isEmpty();
    }

    private static TopicClient topics() {
        return new TopicClient(RunningSystem.get().broker.bootstrapServers());
    }
}
