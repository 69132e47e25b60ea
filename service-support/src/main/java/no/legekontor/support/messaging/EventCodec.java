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

    public EventEnvelope decode(byte[] json) {
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
        EventType type = EventType.fromWireName(typeName)
                .orElseThrow(() -> new UnreadableEvent("unknown type " + typeName));
        int version = node.path("schemaVersion").asInt(0);
        if (version < 1 || version > type.schemaVersion()) {
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

    /** An event that cannot be read; it is set aside (logged without content), never half-applied. */
    public static class UnreadableEvent extends RuntimeException {
        public UnreadableEvent(String reason) {
            super(reason, null, false, false);
        }
    }
}
