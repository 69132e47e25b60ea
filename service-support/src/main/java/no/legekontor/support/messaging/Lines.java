package no.legekontor.support.messaging;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.legekontor.shared.event.Topics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/**
 * Where each record of one batch goes so that an aggregate's events (those with the same Kafka
 * key) are handled in the order they arrived, also past one that was set aside: a line per key
 * with what the database holds for it ({@link HeldEvents}), brought up to date as the batch is
 * placed. A key's line has a head (its parked or dead-lettered event, or its first held one) and
 * the events sent back through the outbox whose copies have not arrived yet.
 * <ul>
 * <li>A record at a position the line knows was set aside or sent back before (a redelivery)
 *     needs nothing more: {@link Placement#SKIP}.
 * <li>Behind a head: {@link Placement#HOLD}, also the returning copy of an event sent back.
 * <li>The copy of an event sent back, with no head before it: {@link Placement#HANDLE}; its line
 *     forgets it once the batch is done ({@link #returned()}).
 * <li>Any other record while copies are on their way: {@link Placement#SEND_BACK}, behind them.
 * <li>Otherwise, and always for a record without a key: {@link Placement#HANDLE}.
 * </ul>
 */
final class Lines {

    enum Placement { HANDLE, HOLD, SEND_BACK, SKIP }

    /** What the database holds for a key, as {@link HeldEvents} reads it. */
    enum Kind { SET_ASIDE, HELD, RETURNING }

    record Position(String topic, int partition, long offset) {
        static Position of(ConsumerRecord<String, ?> record) {
            return new Position(record.topic(), record.partition(), record.offset());
        }

        @Override
        public String toString() {
            return topic + "-" + partition + "@" + offset;
        }
    }

    /** One row of the database's tables of set-aside events, for one key. */
    record Row(String key, Kind kind, String eventId, Position position) {
    }

    private record LineKey(String topic, String key) {
    }

    private static final class Line {
        String head;
        final List<Row> returning = new ArrayList<>();
    }

    private final Map<LineKey, Line> lines = new HashMap<>();
    private final Set<Position> known = new HashSet<>();
    private final List<Position> returned = new ArrayList<>();

    /** The lines of these rows, which come set-aside first, then held, then returning, each oldest first. */
    Lines(List<Row> rows) {
        rows.forEach(this::add);
    }

    private void add(Row row) {
        known.add(row.position());
        Line line = lines.computeIfAbsent(new LineKey(row.position().topic(), row.key()), k -> new Line());
        if (row.kind() == Kind.RETURNING) {
            line.returning.add(row);
        } else if (line.head == null) {
            line.head = row.eventId() != null ? row.eventId() : "the event at " + row.position();
        }
    }

    /** Replaces a key's line with what the database holds now (after it changed under the batch). */
    void reload(String topic, String key, List<Row> rows) {
        lines.remove(new LineKey(topic, key));
        rows.forEach(this::add);
    }

    Placement place(ConsumerRecord<String, ?> record) {
        if (record.key() == null) {
            return Placement.HANDLE;
        }
        if (known.contains(Position.of(record))) {
            return Placement.SKIP;
        }
        Line line = lines.get(lineKey(record));
        if (line == null) {
            return Placement.HANDLE;
        }
        if (line.head != null) {
            return Placement.HOLD;
        }
        Optional<Row> copy = returningCopy(line, record);
        if (copy.isPresent()) {
            line.returning.remove(copy.get());
            returned.add(copy.get().position());
            return Placement.HANDLE;
        }
        return line.returning.isEmpty() ? Placement.HANDLE : Placement.SEND_BACK;
    }

    /** Whether the record's key has a head now (an earlier event of the batch may have become one). */
    boolean blocked(ConsumerRecord<String, ?> record) {
        Line line = record.key() == null ? null : lines.get(lineKey(record));
        return line != null && line.head != null;
    }

    /** What a held record waits behind: its line's head. */
    String behind(ConsumerRecord<String, ?> record) {
        return lines.get(lineKey(record)).head;
    }

    /** Where the sent-back event was whose copy this record is, if it is one. */
    Optional<Position> returningOf(ConsumerRecord<String, ?> record) {
        Line line = record.key() == null ? null : lines.get(lineKey(record));
        return line == null ? Optional.empty() : returningCopy(line, record).map(Row::position);
    }

    /** The record is held now; a copy's line no longer waits for it. */
    void held(ConsumerRecord<String, ?> record) {
        known.add(Position.of(record));
        Line line = lines.get(lineKey(record));
        returningCopy(line, record).ifPresent(line.returning::remove);
    }

    /** The record was sent back with this event id: later records of its key go behind it. */
    void sentBack(ConsumerRecord<String, ?> record, String eventId) {
        known.add(Position.of(record));
        lines.get(lineKey(record)).returning.add(new Row(record.key(), Kind.RETURNING, eventId, Position.of(record)));
    }

    /** The record was parked or dead-lettered: it heads its key's line, unless something already does. */
    void setAside(ConsumerRecord<String, ?> record) {
        known.add(Position.of(record));
        if (record.key() == null) {
            return;
        }
        Line line = lines.computeIfAbsent(lineKey(record), k -> new Line());
        if (line.head == null) {
            String id = eventId(record);
            line.head = id != null ? id : "the event at " + Position.of(record);
        }
    }

    /** Where the sent-back events were whose copies this batch handled: their lines no longer wait for them. */
    List<Position> returned() {
        return List.copyOf(returned);
    }

    private static Optional<Row> returningCopy(Line line, ConsumerRecord<String, ?> record) {
        String id = eventId(record);
        return id == null ? Optional.empty()
                : line.returning.stream().filter(row -> id.equalsIgnoreCase(row.eventId())).findFirst();
    }

    private static LineKey lineKey(ConsumerRecord<String, ?> record) {
        return new LineKey(record.topic(), record.key());
    }

    /** The record's event id from its header, when the header holds one. */
    static String eventId(ConsumerRecord<String, ?> record) {
        Header header = record.headers().lastHeader(Topics.HEADER_EVENT_ID);
        if (header == null) {
            return null;
        }
        String id = new String(header.value(), StandardCharsets.UTF_8);
        return id.matches("(?i)[0-9a-f]{8}-([0-9a-f]{4}-){3}[0-9a-f]{12}") ? id.toLowerCase() : null;
    }
}
