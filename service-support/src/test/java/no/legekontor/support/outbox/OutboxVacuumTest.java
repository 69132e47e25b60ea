package no.legekontor.support.outbox;

import static org.awaitility.Awaitility.await;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.UUID;
import no.legekontor.support.messaging.EventCodec;
import no.legekontor.support.testapp.Events;
import no.legekontor.support.testapp.TestEvents;
import org.junit.jupiter.api.Test;

/** The relay vacuums the outbox itself once enough rows went out (outbox.vacuum-after: 50 here). */
@QuarkusTest
class OutboxVacuumTest {

    @Inject
    EntityManager em;

    @Inject
    EventCodec codec;

    @Inject
    Outbox outbox;

    @Inject
    OutboxRelay relay;

    @Test
    void theRelayVacuumsTheOutboxAfterPublishingEnoughRows() {
        long vacuumsBefore = vacuums();
        Events events = new Events(codec);
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < 60; i++) {
                outbox.add(TestEvents.TOPIC, "conversation", events.event(UUID.randomUUID(), false));
            }
        });
        relay.wake();

        await().atMost(Duration.ofSeconds(30)).until(() -> vacuums() > vacuumsBefore);
    }

    private long vacuums() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select vacuum_count from pg_stat_user_tables where relname = 'outbox_event'")
                .getSingleResult()).longValue());
    }
}
