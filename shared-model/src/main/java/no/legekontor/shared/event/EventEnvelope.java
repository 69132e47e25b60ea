package no.legekontor.shared.event;

import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

/**
 * The versioned envelope every event travels in. Consumers deduplicate by {@code id}, pick the
 * payload class from {@code type} (see {@link EventType}) and refuse a {@code schemaVersion} newer
 * than they know, so a contract change never gets half-read.
 *
 * @param id            unique per event; the idempotency key of every consumer
 * @param type          the event type name, one of {@link EventType}
 * @param schemaVersion the payload's schema version
 * @param occurredAt    when the change happened, with its offset
 * @param clinicId      the clinic's organisation number (9 digits); consumers scope by it
 * @param aggregateId   the conversation (appointment, notification) the event belongs to; also the Kafka key
 * @param payload       the event itself
 */
public record EventEnvelope(
        UUID id,
        String type,
        int schemaVersion,
        OffsetDateTime occurredAt,
        String clinicId,
        UUID aggregateId,
        EventPayload payload) {

    public EventEnvelope {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(clinicId, "clinicId");
        Objects.requireNonNull(aggregateId, "aggregateId");
        Objects.requireNonNull(payload, "payload");
    }

    /** Wraps a payload in a new envelope with a fresh id and the type's current schema version. */
    public static EventEnvelope of(EventPayload payload, String clinicId, UUID aggregateId, OffsetDateTime occurredAt) {
        EventType type = EventType.of(payload);
        return new EventEnvelope(UUID.randomUUID(), type.wireName(), type.schemaVersion(), occurredAt, clinicId,
                aggregateId, payload);
    }
}
