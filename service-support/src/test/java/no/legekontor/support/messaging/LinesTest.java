package no.legekontor.support.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import no.legekontor.shared.event.Topics;
import no.legekontor.support.messaging.Lines.Kind;
import no.legekontor.support.messaging.Lines.Placement;
import no.legekontor.support.messaging.Lines.Position;
import no.legekontor.support.messaging.Lines.Row;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

class LinesTest {

    private static final String TOPIC = "portal.requests.v1";
    private static final String CONVERSATION = "3f1c2a4e-9b7d-4c1a-8e2f-5a6b7c8d9e0f";
    private static final String OTHER = "8a7b6c5d-4e3f-4a2b-9c1d-0e1f2a3b4c5d";

    private long nextOffset = 100;

    @Test
    void aRecordWithoutAKeyOrOfAKeyWithNothingSetAsideIsHandled() {
        Lines lines = new Lines(List.of(setAside(OTHER, 1)));
        assertThat(lines.place(record(null))).isEqualTo(Placement.HANDLE);
        assertThat(lines.place(record(CONVERSATION))).isEqualTo(Placement.HANDLE);
    }

    @Test
    void behindAParkedOrDeadLetteredEventEveryLaterRecordOfItsKeyIsHeld() {
        Row head = setAside(CONVERSATION, 1);
        Lines lines = new Lines(List.of(head));

        ConsumerRecord<String, byte[]> second = record(CONVERSATION);
        assertThat(lines.place(second)).isEqualTo(Placement.HOLD);
        assertThat(lines.behind(second)).isEqualTo(head.eventId());
        lines.held(second);
        assertThat(lines.place(record(CONVERSATION))).isEqualTo(Placement.HOLD);
        assertThat(lines.place(record(OTHER))).isEqualTo(Placement.HANDLE);
    }

    @Test
    void anEventSetAsideInTheBatchHoldsTheLaterRecordsOfItsKey() {
        Lines lines = new Lines(List.of());
        ConsumerRecord<String, byte[]> poison = record(CONVERSATION);
        ConsumerRecord<String, byte[]> later = record(CONVERSATION);
        assertThat(lines.place(poison)).isEqualTo(Placement.HANDLE);
        assertThat(lines.place(later)).isEqualTo(Placement.HANDLE);

        lines.setAside(poison);

        assertThat(lines.blocked(later)).isTrue();
        assertThat(lines.place(later)).isEqualTo(Placement.HOLD);
        assertThat(lines.behind(later)).isEqualTo(Lines.eventId(poison));
    }

    @Test
    void heldEventsWhoseHeadIsGoneStillHoldTheLaterOnes() {
        Row orphan = new Row(CONVERSATION, Kind.HELD, UUID.randomUUID().toString(), new Position(TOPIC, 0, 7));
        Lines lines = new Lines(List.of(orphan));
        ConsumerRecord<String, byte[]> later = record(CONVERSATION);
        assertThat(lines.place(later)).isEqualTo(Placement.HOLD);
        assertThat(lines.behind(later)).isEqualTo(orphan.eventId());
    }

    @Test
    void theCopiesOfEventsSentBackAreHandledAndNewerRecordsGoBehindThoseStillOnTheirWay() {
        Row first = returning(CONVERSATION, 1);
        Row second = returning(CONVERSATION, 2);
        Lines lines = new Lines(List.of(first, second));

        ConsumerRecord<String, byte[]> newer = record(CONVERSATION);
        assertThat(lines.place(newer)).isEqualTo(Placement.SEND_BACK);
        lines.sentBack(newer, Lines.eventId(newer));

        assertThat(lines.place(copyOf(first))).isEqualTo(Placement.HANDLE);
        assertThat(lines.place(copyOf(second))).isEqualTo(Placement.HANDLE);
        assertThat(lines.place(record(CONVERSATION))).as("the newer one is still on its way")
                .isEqualTo(Placement.SEND_BACK);
        assertThat(lines.returned()).containsExactly(first.position(), second.position());
    }

    @Test
    void onceEveryCopyIsBackTheKeysRecordsAreHandled() {
        Row first = returning(CONVERSATION, 1);
        Lines lines = new Lines(List.of(first));
        assertThat(lines.place(copyOf(first))).isEqualTo(Placement.HANDLE);
        assertThat(lines.place(record(CONVERSATION))).isEqualTo(Placement.HANDLE);
    }

    @Test
    void theCopyOfAnEventSentBackIsHeldWhenItsKeyHasAHeadAgain() {
        Row head = setAside(CONVERSATION, 3);
        Row second = returning(CONVERSATION, 2);
        Lines lines = new Lines(List.of(head, second));

        ConsumerRecord<String, byte[]> copy = copyOf(second);
        assertThat(lines.place(copy)).isEqualTo(Placement.HOLD);
        assertThat(lines.returningOf(copy)).contains(second.position());
        lines.held(copy);
        assertThat(lines.returningOf(copy)).isEmpty();
        assertThat(lines.returned()).isEmpty();
    }

    @Test
    void aRedeliveredRecordThatWasSetAsideHeldOrSentBackBeforeIsSkipped() {
        Row head = setAside(CONVERSATION, 1);
        Row held = new Row(CONVERSATION, Kind.HELD, UUID.randomUUID().toString(), new Position(TOPIC, 0, 2));
        Row sentBack = returning(OTHER, 3);
        Lines lines = new Lines(List.of(head, held, sentBack));

        assertThat(lines.place(at(CONVERSATION, head.position(), head.eventId()))).isEqualTo(Placement.SKIP);
        assertThat(lines.place(at(CONVERSATION, held.position(), held.eventId()))).isEqualTo(Placement.SKIP);
        assertThat(lines.place(at(OTHER, sentBack.position(), sentBack.eventId()))).isEqualTo(Placement.SKIP);
    }

    @Test
    void aLineReadAgainReplacesWhatTheBatchKnewOfTheKey() {
        Lines lines = new Lines(List.of(setAside(CONVERSATION, 1)));
        ConsumerRecord<String, byte[]> later = record(CONVERSATION);
        assertThat(lines.place(later)).isEqualTo(Placement.HOLD);

        // An operator sent the head back meanwhile: it is on its way.
        lines.reload(TOPIC, CONVERSATION, List.of(returning(CONVERSATION, 1)));

        assertThat(lines.place(later)).isEqualTo(Placement.SEND_BACK);
    }

    @Test
    void anEventIdIsReadFromItsHeaderOnlyWhenItIsAUuid() {
        assertThat(Lines.eventId(at(CONVERSATION, new Position(TOPIC, 0, 1), "not-an-id"))).isNull();
        String id = UUID.randomUUID().toString();
        assertThat(Lines.eventId(at(CONVERSATION, new Position(TOPIC, 0, 1), id.toUpperCase()))).isEqualTo(id);
    }

    private Row setAside(String key, long offset) {
        return new Row(key, Kind.SET_ASIDE, UUID.randomUUID().toString(), new Position(TOPIC, 0, offset));
    }

    private Row returning(String key, long offset) {
        return new Row(key, Kind.RETURNING, UUID.randomUUID().toString(), new Position(TOPIC, 0, offset));
    }

    private ConsumerRecord<String, byte[]> record(String key) {
        return at(key, new Position(TOPIC, 0, nextOffset++), UUID.randomUUID().toString());
    }

    /** The copy the outbox publishes of an event sent back: its event id, at a later offset. */
    private ConsumerRecord<String, byte[]> copyOf(Row sentBack) {
        return at(sentBack.key(), new Position(TOPIC, 0, nextOffset++), sentBack.eventId());
    }

    private static ConsumerRecord<String, byte[]> at(String key, Position position, String eventId) {
        ConsumerRecord<String, byte[]> record = new ConsumerRecord<>(position.topic(), position.partition(),
                position.offset(), key, "{}".getBytes(StandardCharsets.UTF_8));
        record.headers().add(Topics.HEADER_EVENT_ID, eventId.getBytes(StandardCharsets.UTF_8));
        return record;
    }
}
