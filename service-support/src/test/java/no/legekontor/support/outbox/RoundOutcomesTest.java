package no.legekontor.support.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.UUID;
import org.apache.kafka.common.InvalidRecordException;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.ClusterAuthorizationException;
import org.apache.kafka.common.errors.InvalidTopicException;
import org.apache.kafka.common.errors.NotEnoughReplicasException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.errors.UnknownServerException;
import org.junit.jupiter.api.Test;

/** How a relay round plans its sends and sorts what the broker said; no broker, no database. */
class RoundOutcomesTest {

    private static final UUID KARIS = UUID.randomUUID();
    private static final UUID OLAS = UUID.randomUUID();
    private static final UUID EMMAS = UUID.randomUUID();

    @Test
    void theFirstWaveHoldsTheOldestRowOfEachAggregateAndTheNextOneFollowsOnlyAfterIt() {
        OutboxRelay.Row kari1 = row(1, KARIS);
        OutboxRelay.Row ola1 = row(2, OLAS);
        OutboxRelay.Row kari2 = row(3, KARIS);
        OutboxRelay.Row kari3 = row(4, KARIS);
        RoundOutcomes round = new RoundOutcomes(List.of(kari1, ola1, kari2, kari3));

        assertThat(round.nextWave()).containsExactly(kari1, ola1);
        round.add(kari1, null);
        round.add(ola1, null);
        assertThat(round.nextWave()).containsExactly(kari2);
        round.add(kari2, null);
        assertThat(round.nextWave()).containsExactly(kari3);
        round.add(kari3, null);
        assertThat(round.nextWave()).isEmpty();
        assertThat(round.done()).containsExactly(1L, 2L, 3L, 4L);
        assertThat(round.failures()).isEmpty();
    }

    @Test
    void aFailedRowKeepsItsAggregatesLaterRowsOutOfTheRoundWhileOthersGoOn() {
        OutboxRelay.Row kari1 = row(1, KARIS);
        OutboxRelay.Row ola1 = row(2, OLAS);
        OutboxRelay.Row kari2 = row(3, KARIS);
        OutboxRelay.Row ola2 = row(4, OLAS);
        OutboxRelay.Row kari3 = row(5, KARIS);
        RoundOutcomes round = new RoundOutcomes(List.of(kari1, ola1, kari2, ola2, kari3));

        assertThat(round.nextWave()).containsExactly(kari1, ola1);
        round.add(kari1, new TopicAuthorizationException("Not authorized to access topics: [t]"));
        round.add(ola1, null);

        assertThat(round.nextWave()).containsExactly(ola2);
        round.add(ola2, null);
        assertThat(round.nextWave()).isEmpty();
        assertThat(round.done()).containsExactly(2L, 4L);
        assertThat(round.failures()).singleElement().satisfies(failure -> {
            assertThat(failure.seqs()).containsExactly(1L);
            assertThat(failure.kind()).isEqualTo("TopicAuthorizationException");
            assertThat(failure.neverSucceeds()).isFalse();
        });
        assertThat(round.heldBack()).isEqualTo(2);
        assertThat(round.isOver()).isFalse();
    }

    @Test
    void authorizationAuthenticationAndUnknownErrorsAreRetriedForAsLongAsTheyLast() {
        assertThat(List.of(new TopicAuthorizationException("t"), new ClusterAuthorizationException("c"),
                new SaslAuthenticationException("s"), new NotEnoughReplicasException("n"),
                new UnknownServerException("u"), new KafkaException("k"), new IllegalStateException("i"),
                new TimeoutException("t"))).noneMatch(PublishErrors::neverSucceeds);
    }

    @Test
    void onlyWhatCanNeverBePublishedBlocks() {
        assertThat(List.of(new RecordTooLargeException("r"), new SerializationException("s"),
                new InvalidTopicException("i"), new InvalidRecordException("i"),
                new KafkaException("wrapped", new RecordTooLargeException("r"))))
                .allMatch(PublishErrors::neverSucceeds);

        RoundOutcomes round = new RoundOutcomes(List.of(row(1, KARIS), row(2, OLAS), row(3, EMMAS)));
        List<OutboxRelay.Row> wave = round.nextWave();
        round.add(wave.get(0), new RecordTooLargeException("The message is 1100248 bytes"));
        round.add(wave.get(1), new TopicAuthorizationException("Not authorized"));
        round.add(wave.get(2), new RecordTooLargeException("The message is 1100248 bytes"));
        assertThat(round.failures()).extracting(RoundOutcomes.Failure::kind, RoundOutcomes.Failure::neverSucceeds,
                RoundOutcomes.Failure::seqs).containsExactly(
                        tuple("RecordTooLargeException", true, List.of(1L, 3L)),
                        tuple("TopicAuthorizationException", false, List.of(2L)));
    }

    @Test
    void aTimeoutEndsTheRoundAndTheUnsentRowsWaitUntouched() {
        OutboxRelay.Row kari1 = row(1, KARIS);
        OutboxRelay.Row ola1 = row(2, OLAS);
        OutboxRelay.Row ola2 = row(3, OLAS);
        RoundOutcomes round = new RoundOutcomes(List.of(kari1, ola1, ola2));

        round.nextWave();
        round.add(kari1, new TimeoutException("Topic t not present in metadata after 2000 ms."));

        assertThat(round.isOver()).isTrue();
        assertThat(round.nextWave()).isEmpty();
        assertThat(round.failures()).flatExtracting(RoundOutcomes.Failure::seqs).containsExactly(1L);
        assertThat(round.producerBroken()).isFalse();
    }

    @Test
    void anErrorThatLeavesTheProducerUnusableEndsTheRoundAndAsksForANewProducer() {
        OutboxRelay.Row kari1 = row(1, KARIS);
        RoundOutcomes round = new RoundOutcomes(List.of(kari1, row(2, OLAS)));

        round.nextWave();
        round.add(kari1, new KafkaException("Cannot execute transactional method because we are in an error state",
                new ClusterAuthorizationException("Cluster authorization failed.")));

        assertThat(round.producerBroken()).isTrue();
        assertThat(round.isOver()).isTrue();
        assertThat(round.failures()).singleElement().extracting(RoundOutcomes.Failure::neverSucceeds).isEqualTo(false);
    }

    private static OutboxRelay.Row row(long seq, UUID aggregate) {
        return new OutboxRelay.Row(seq, UUID.randomUUID(), aggregate, "ItemRead", "support.test.v1", "{}", null);
    }
}
