package no.legekontor.portal.notification;

import static no.legekontor.devtools.Demo.DEMO_CLINIC;
import static no.legekontor.portal.notification.NotificationChecks.readyAdultNotifiedBy;
import static no.legekontor.portal.notification.NotificationChecks.stored;
import static no.legekontor.portal.support.Api.submitEConsultation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.IntStream;
import no.legekontor.devtools.Demo;
import no.legekontor.devtools.KafkaBrokerResource;
import no.legekontor.devtools.KafkaUser;
import no.legekontor.shared.event.EventEnvelope;
import no.legekontor.shared.event.ReplyPosted;
import no.legekontor.shared.event.Topics;
import no.legekontor.support.messaging.EventCodec;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/**
 * What a batch of replies costs the database in round trips (issue 21): every reply changes its
 * conversation, issues an invoice, notifies the patient by SMS and e-mail and logs the access; the
 * consumer's bookkeeping (its memory of handled events, the outbox rows) is per batch, not per reply.
 * Counted as the PostgreSQL driver's Syncs, each of which waits for the server's answer.
 */
@QuarkusTest
class ReplyBatchRoundTripsTest {

    private static final int REPLIES = 30;
    /**
     * A reply's own statements are 12: its conversation locked, the message, the conversation's
     * update, the invoice's number, the invoice and its read back, the patient, two notifications
     * (the reply's, the invoice's) and their wake-ups, the access log. Its consumed id and its four
     * outbox rows (two notifications, SMS and e-mail) are written per batch; one statement each made
     * 17 before issue 21. The slack is for the batches' own statements when the replies arrive in several.
     */
    private static final double MAX_PER_REPLY = 14;
    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(
            ReplyBatchRoundTripsTest.class);

    @Inject
    EventCodec codec;

    @Test
    void aBatchOfRepliesCostsTheDatabaseFewerRoundTripsPerReplyThanOnePerStatementOfItsBookkeeping() {
        String person = readyAdultNotifiedBy("Runde Rita", true, true);
        List<UUID> conversations = IntStream.range(0, REPLIES)
                .mapToObj(i -> UUID.fromString(submitEConsultation(person))).toList();

        Map<String, Integer> syncs;
        try (RoundTrips trips = RoundTrips.counting()) {
            publishTogether(conversations);
            await().atMost(Duration.ofSeconds(60)).until(() -> stored(person).stream()
                    .filter(n -> n.kind == Notification.Kind.REPLY).count() == REPLIES);
            syncs = trips.byThread();
        }
        // The test's own reads run on main and Awaitility's thread; the relay publishes on its own.
        int consumer = syncs.entrySet().stream()
                .filter(e -> !e.getKey().equals("main") && !e.getKey().startsWith("awaitility")
                        && !e.getKey().equals("outbox-relay"))
                .mapToInt(Map.Entry::getValue).sum();
        double perReply = (double) consumer / REPLIES;
        LOG.infof("Round trips while %d replies were applied: %s; %.2f per reply", REPLIES, syncs, perReply);
        assertThat(consumer).as("counted").isPositive();
        assertThat(perReply).isLessThanOrEqualTo(MAX_PER_REPLY);
    }

    private void publishTogether(List<UUID> conversations) {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
                KafkaUser.ADMIN.clientProperties(KafkaBrokerResource.broker().bootstrapServers()),
                new StringSerializer(), new ByteArraySerializer())) {
            for (UUID conversation : conversations) {
                OffsetDateTime now = OffsetDateTime.now(ZoneOffset.ofHours(1));
                EventEnvelope reply = EventEnvelope.of(new ReplyPosted(conversation, UUID.randomUUID(),
                        "Bruk fuktighetskrem.", "Lise Berg", Demo.LISE_BERG_HPR, "gp", now), DEMO_CLINIC,
                        conversation, now);
                ProducerRecord<String, byte[]> record = new ProducerRecord<>(Topics.INBOX_EVENTS,
                        conversation.toString(), codec.encodeToString(reply).getBytes(StandardCharsets.UTF_8));
                record.headers().add(Topics.HEADER_EVENT_ID, reply.id().toString().getBytes(StandardCharsets.UTF_8));
                record.headers().add(Topics.HEADER_EVENT_TYPE, reply.type().getBytes(StandardCharsets.UTF_8));
                producer.send(record);
            }
            producer.flush();
        }
    }

    /** Counts the driver's Syncs by thread while open. */
    private static final class RoundTrips extends Handler implements AutoCloseable {

        private final Logger driver = Logger.getLogger("org.postgresql.core.v3.QueryExecutorImpl");
        private final Map<String, AtomicInteger> syncs = new ConcurrentHashMap<>();
        private final java.util.logging.Level level = driver.getLevel();
        private final boolean parents = driver.getUseParentHandlers();

        static RoundTrips counting() {
            RoundTrips trips = new RoundTrips();
            trips.driver.setUseParentHandlers(false);
            trips.driver.addHandler(trips);
            trips.driver.setLevel(java.util.logging.Level.FINEST);
            return trips;
        }

        Map<String, Integer> byThread() {
            Map<String, Integer> counts = new TreeMap<>();
            syncs.forEach((thread, count) -> counts.put(thread, count.get()));
            return counts;
        }

        @Override
        public void publish(LogRecord record) {
            if (" FE=> Sync".equals(record.getMessage())) {
                syncs.computeIfAbsent(Thread.currentThread().getName(), t -> new AtomicInteger()).incrementAndGet();
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
            driver.setLevel(level);
            driver.removeHandler(this);
            driver.setUseParentHandlers(parents);
        }
    }
}
