package no.legekontor.support.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.UUID;
import no.legekontor.shared.event.EventEnvelope;
import no.legekontor.shared.event.EventPayload;
import no.legekontor.shared.event.EventType;

/**
 * Writes and reads {@link EventEnvelope}s as JSON. Reading picks the payload class from the
 * envelope's type and refuses what this code cannot read faithfully (an unknown type, a newer
 * schema version) instead of guessing.
 */
@ApplicationScoped
public class EventCodec {

    @Inject
    ObjectMapper mapper;

    public String encodeToString(EventEnvelope event) {
        try {
            return mapper.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Event " + event.id() + " cannot be written", e);
        }
    }

    /**
     * Reads an event.
     *
     * @throws UnknownEvent for a type this code does not know or a newer schema version of one it
     *     does: readable by a later release, so it is parked rather than dead-lettered
     * @throws UnreadableEvent for anything else this code cannot read (not JSON, no type, a payload
     *     that does not match its schema): no release will read it
     */
    public EventEnvelope decode(byte[] json) {
        if (json == null) {
            throw new UnreadableEvent("no value (a tombstone)");
        }
        JsonNode node;
        try {
            node = mapper.readTree(json);
        } catch (IOException e) {
            throw new UnreadableEvent("not JSON");
        }
        if (node == null || !node.hasNonNull("type") || !node.hasNonNull("payload")) {
            throw new UnreadableEvent("no type or payload");
        }
        String typeName = node.get("type").asText();
        int version = node.path("schemaVersion").asInt(0);
        EventType type = EventType.fromWireName(typeName)
                .orElseThrow(() -> new UnknownEvent(typeName, version, "unknown type " + typeName));
        if (version > type.schemaVersion()) {
            throw new UnknownEvent(typeName, version, typeName + " schema version " + version + " is newer than "
                    + type.schemaVersion());
        }
        if (version < 1) {
            throw new UnreadableEvent(typeName + " schema version " + version + " is not readable here");
        }
        try {
            EventPayload payload = mapper.treeToValue(node.get("payload"), type.payloadType());
            return new EventEnvelope(
                    UUID.fromString(node.get("id").asText()),
                    typeName,
                    version,
                    mapper.treeToValue(node.get("occurredAt"), OffsetDateTime.class),
                    node.get("clinicId").asText(),
                    UUID.fromString(node.get("aggregateId").asText()),
                    payload);
        } catch (IOException | RuntimeException e) {
            // The message of a mapping failure can quote field values: keep only its kind.
            throw new UnreadableEvent(typeName + " payload does not match its schema (" + e.getClass().getSimpleName() + ")");
        }
    }

    /** An event that cannot be read; it is dead-lettered (logged without content), never half-applied. */
    public static class UnreadableEvent extends RuntimeException {
        public UnreadableEvent(String reason) {
            super(reason, null, false, false);
        }
    }

    /**
     * An event of a type or schema version this release does not know yet (a rolling deploy, a
     * producer upgraded first): parked until a release that reads it processes it again.
     */
    public static class UnknownEvent extends RuntimeException {
        private final String type;
        private final int schemaVersion;

        public UnknownEvent(String type, int schemaVersion, String reason) {
            super(reason, null, false, false);
            this.type = type;
            this.schemaVersion = schemaVersion;
        }

        public String type() {
            return type;
        }

        public int schemaVersion() {
            return schemaVersion;
        }
    }
}
