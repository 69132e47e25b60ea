package no.legekontor.devtools.asyncapi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import no.legekontor.shared.event.EventEnvelope;
import no.legekontor.shared.event.EventType;
import no.legekontor.shared.event.Topics;

/**
 * The AsyncAPI 3 document of the Kafka topics ({@code asyncapi/portal-events.yaml}): each topic and
 * its dead-letter topic as a channel, each event type as a message whose payload is the envelope
 * with that type's payload, every schema generated from shared-model's records ({@link EventSchemas}).
 * The build writes it ({@link #main}); devtools' {@code AsyncApiContractTest} fails when the
 * committed file differs from what the code describes, and the system tests validate every event
 * the round trips publish against it.
 */
public final class AsyncApiDocument {

    /** The committed document, relative to the repository's root. */
    public static final String COMMITTED = "asyncapi/portal-events.yaml";

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .disable(YAMLGenerator.Feature.SPLIT_LINES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS));
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private AsyncApiDocument() {
    }

    /** The message of every dead-letter topic: whatever its consumer set aside, with the reason. */
    public static final String DEAD_LETTER = "DeadLetter";

    /** The headers a consumer adds to what it sets aside (service-support's DeadLetters). */
    private static final List<String> DEAD_LETTER_HEADERS =
            List.of("dlq-reason", "dlq-original-topic", "dlq-original-partition", "dlq-original-offset");

    /** Where shared-model's sources are, relative to the repository's root: the descriptions come from there. */
    static final Path SOURCES = Path.of("shared-model", "src", "main", "java");

    /**
     * Writes the document to {@code args[0]}, a directory, as {@code portal-events.yaml}, describing
     * the events from the sources under the repository's root {@code args[1]}.
     */
    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0]).resolve(Path.of(COMMITTED).getFileName());
        Files.createDirectories(file.getParent());
        Files.writeString(file, yaml(Path.of(args[1])));
    }

    /** The document as the code under the repository's {@code root} describes it, in YAML. */
    public static String yaml(Path root) {
        try {
            return YAML.writeValueAsString(document(root));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The document as the code under the repository's {@code root} describes it. */
    public static ObjectNode document(Path root) {
        RecordDocs docs = new RecordDocs(root.resolve(SOURCES));
        EventSchemas schemas = new EventSchemas(docs);
        ObjectNode document = JSON.objectNode();
        document.put("asyncapi", "3.0.0");
        document.putObject("info")
                .put("title", "GP patient portal events")
                .put("version", "1.0.0")
                .put("description", """
                        The Kafka topics between portal-api, inbox-service and an SMS / e-mail gateway \
                        (docs/configuration.md, Kafka topics). Every record's value is a JSON envelope (`id`, \
                        `type`, `schemaVersion`, `occurredAt`, `clinicId`, `aggregateId`, `payload`); the \
                        headers `event-id` and `event-type` repeat its id and type. A consumer deduplicates by \
                        `id` (the relays publish at least once), reads the payload by `type`, and sets aside a \
                        `schemaVersion` newer than it knows. Written by the build from shared-model's event \
                        records: do not edit.""");
        document.put("defaultContentType", "application/json");
        ObjectNode channels = document.putObject("channels");
        ObjectNode operations = document.putObject("operations");
        ObjectNode messages = JSON.objectNode();
        for (Channel channel : Channel.values()) {
            channel.describe(channels, operations, false);
            if (channel.deadLetters) {
                channel.describe(channels, operations, true);
            }
            for (EventType type : channel.events) {
                messages.set(type.wireName(), message(type, channel, schemas, docs));
            }
        }
        messages.set(DEAD_LETTER, deadLetter());
        ObjectNode components = document.putObject("components");
        components.set("schemas", schemas.components());
        components.set("messages", messages);
        return document;
    }

    /** The message of an event type: the envelope with this type, its schema version and its payload. */
    private static ObjectNode message(EventType type, Channel channel, EventSchemas schemas, RecordDocs docs) {
        ObjectNode message = JSON.objectNode();
        message.put("name", type.wireName());
        message.put("title", type.wireName() + " (schema version " + type.schemaVersion() + ")");
        message.put("summary", "On " + channel.address + ", keyed by " + channel.key + ".");
        message.put("description", docs.type(type.payloadType()));
        ObjectNode headers = message.putObject("headers");
        headers.put("type", "object");
        headers.putArray("required").add(Topics.HEADER_EVENT_ID).add(Topics.HEADER_EVENT_TYPE);
        ObjectNode headerProperties = headers.putObject("properties");
        headerProperties.putObject(Topics.HEADER_EVENT_ID).put("type", "string").put("format", "uuid")
                .put("description", "The envelope's id");
        headerProperties.putObject(Topics.HEADER_EVENT_TYPE).put("type", "string").put("const", type.wireName())
                .put("description", "The envelope's type");
        ObjectNode payload = message.putObject("payload");
        ArrayNode allOf = payload.putArray("allOf");
        allOf.add(schemas.reference(EventEnvelope.class));
        ObjectNode specific = allOf.addObject();
        ObjectNode properties = specific.putObject("properties");
        properties.putObject("type").put("const", type.wireName());
        properties.putObject("schemaVersion").put("const", type.schemaVersion());
        properties.set("payload", schemas.reference(type.payloadType()));
        return message;
    }

    /** What a consumer sets aside: the record as it was, which need not be an event at all, and why. */
    private static ObjectNode deadLetter() {
        ObjectNode message = JSON.objectNode();
        message.put("name", DEAD_LETTER);
        message.put("title", "A record its consumer could not process");
        message.put("summary", "On <topic>.dlq, keyed as on <topic>: for alerting and inspection.");
        message.put("description", "The record as it was read from the topic, value and headers unchanged "
                + "(usually one of the topic's messages; possibly not JSON, or an event that does not match its "
                + "message: that is why it is here), with four headers added. What ./portal redrive sends back "
                + "is the consumer's own copy in its dead_letter table, not this record.");
        ObjectNode headers = message.putObject("headers");
        headers.put("type", "object");
        ArrayNode required = headers.putArray("required");
        DEAD_LETTER_HEADERS.forEach(required::add);
        ObjectNode properties = headers.putObject("properties");
        properties.putObject("dlq-reason").put("type", "string")
                .put("description", "Why it was set aside: the failure by its kind, never its values");
        properties.putObject("dlq-original-topic").put("type", "string").put("description", "The topic it was read from");
        properties.putObject("dlq-original-partition").put("type", "string").put("pattern", "^[0-9]+$")
                .put("description", "Its partition there");
        properties.putObject("dlq-original-offset").put("type", "string").put("pattern", "^[0-9]+$")
                .put("description", "Its offset there");
        message.putObject("payload").put("description", "The original record's value, unchanged");
        return message;
    }

    /** The topics, what they carry and who writes them; every event type is on exactly one. */
    enum Channel {
        PORTAL_REQUESTS("portalRequests", Topics.PORTAL_REQUESTS, "portal-api", "inbox-service",
                "the conversation id (the appointment id for appointments; PractitionerKey's for practitioners)", true,
                EventType.REQUEST_SUBMITTED, EventType.FOLLOW_UP_SUBMITTED, EventType.APPOINTMENT_BOOKED,
                EventType.APPOINTMENT_CANCELLED, EventType.PRACTITIONER_REGISTERED,
                EventType.PRACTITIONER_ROLE_CHANGED, EventType.PRACTITIONER_REMOVED),
        INBOX_EVENTS("inboxEvents", Topics.INBOX_EVENTS, "inbox-service", "portal-api",
                "the conversation id (the appointment id for appointments; ItemsViewed: its own event id)", true,
                EventType.REQUEST_RECEIVED, EventType.APPOINTMENT_NOTICE_RECEIVED, EventType.REPLY_POSTED,
                EventType.ITEM_READ, EventType.ITEM_CLOSED, EventType.DECISION_MADE, EventType.REQUEST_DUE_SOON,
                EventType.REQUEST_OVERDUE, EventType.ITEMS_VIEWED),
        PORTAL_NOTIFICATIONS("portalNotifications", Topics.PORTAL_NOTIFICATIONS, "portal-api",
                "an SMS / e-mail gateway", "the notification id", false, EventType.NOTIFICATION_REQUESTED);

        final String id;
        final String address;
        final String producer;
        final String consumer;
        final String key;
        final boolean deadLetters;
        final List<EventType> events;

        Channel(String id, String address, String producer, String consumer, String key, boolean deadLetters,
                EventType... events) {
            this.id = id;
            this.address = address;
            this.producer = producer;
            this.consumer = consumer;
            this.key = key;
            this.deadLetters = deadLetters;
            this.events = List.of(events);
        }

        /** The channel carrying {@code address}, a topic or its {@code .dlq}. */
        static Channel of(String address) {
            return Arrays.stream(values())
                    .filter(c -> c.address.equals(address) || (c.deadLetters && (c.address + ".dlq").equals(address)))
                    .findFirst().orElseThrow(() -> new IllegalArgumentException("No channel for " + address));
        }

        private void describe(ObjectNode channels, ObjectNode operations, boolean dlq) {
            String channelId = dlq ? id + "Dlq" : id;
            ObjectNode channel = channels.putObject(channelId);
            channel.put("address", dlq ? address + ".dlq" : address);
            channel.put("description", dlq
                    ? "What " + consumer + " could not process from " + address + ", unchanged and keyed as "
                            + "there, with the headers `dlq-reason` (the failure by its kind, never its values), "
                            + "`dlq-original-topic`, `dlq-original-partition` and `dlq-original-offset`: for "
                            + "alerting and inspection."
                    : "From " + producer + " to " + consumer + ", keyed by " + key + ": one partition keeps "
                            + "an aggregate's events in order.");
            ObjectNode channelMessages = channel.putObject("messages");
            ArrayNode operationMessages = JSON.arrayNode();
            List<String> names = dlq ? List.of(DEAD_LETTER) : events.stream().map(EventType::wireName).toList();
            for (String name : names) {
                channelMessages.putObject(name).put("$ref", "#/components/messages/" + name);
                operationMessages.addObject().put("$ref", "#/channels/" + channelId + "/messages/" + name);
            }
            ObjectNode operation = operations.putObject(dlq ? "deadLetter" + capitalized(id) : "publish" + capitalized(id));
            operation.put("action", "send");
            operation.putObject("channel").put("$ref", "#/channels/" + channelId);
            operation.put("summary", dlq
                    ? consumer + " sets aside what it cannot process from " + address + "."
                    : producer + " publishes " + events.stream().map(EventType::wireName)
                            .collect(Collectors.joining(", ")) + " through its outbox.");
            operation.set("messages", operationMessages);
        }

        private static String capitalized(String id) {
            return Character.toUpperCase(id.charAt(0)) + id.substring(1);
        }
    }
}
