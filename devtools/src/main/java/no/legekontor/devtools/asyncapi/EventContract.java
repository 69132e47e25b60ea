package no.legekontor.devtools.asyncapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.NonValidationKeyword;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import no.legekontor.devtools.TopicClient;
import no.legekontor.shared.event.Topics;

/**
 * Checks records read from a topic against the committed AsyncAPI document
 * ({@code asyncapi/portal-events.yaml}): the record's event type (its {@code event-type} header, else
 * the envelope's {@code type}) must be a message of the record's channel, its value must match that
 * message's payload schema and its headers the message's headers schema. A record on a dead-letter
 * topic may be anything; its headers must say why and where from.
 */
public final class EventContract {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Draft 07, which knows {@code components} as the place the references point to, not as a keyword. */
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7,
            factory -> factory.metaSchema(JsonMetaSchema.builder(JsonMetaSchema.getV7())
                    .keyword(new NonValidationKeyword("components")).build()));

    private final JsonNode document;
    private final Map<String, JsonSchema> schemas = new ConcurrentHashMap<>();

    private EventContract(JsonNode document) {
        this.document = document;
    }

    /** The repository's root: the parent of the module's directory, where tests run. */
    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    /** The committed document, read from the repository's root. */
    public static EventContract committed() {
        Path file = ROOT.resolve(AsyncApiDocument.COMMITTED);
        try {
            return new EventContract(new ObjectMapper(new YAMLFactory()).readTree(Files.readString(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(file + " is not readable: run ./portal build and commit it", e);
        }
    }

    /** The document as the code describes it now (for tests of this class). */
    static EventContract described() {
        return new EventContract(AsyncApiDocument.document(ROOT));
    }

    /**
     * What is wrong with a record read from {@code topic}; empty when it matches its message. Each
     * entry names the topic, the offset and the event type; a schema violation names the field
     * (its JSON path) and the rule, not the value (payloads carry health data).
     */
    public List<String> violations(String topic, TopicClient.Received record) {
        String where = topic + " partition " + record.partition() + " offset " + record.offset();
        String channel = channelOf(topic);
        if (channel == null) {
            return List.of(where + ": the document has no channel for topic " + topic);
        }
        JsonNode messages = document.path("channels").path(channel).path("messages");
        if (messages.has(AsyncApiDocument.DEAD_LETTER)) {
            // A dead letter is whatever the consumer could not process: only the headers it adds are checked.
            return headerViolations(messages.get(AsyncApiDocument.DEAD_LETTER), record, where,
                    AsyncApiDocument.DEAD_LETTER);
        }
        JsonNode value;
        try {
            value = record.value() == null ? null : JSON.readTree(record.value());
        } catch (IOException e) {
            return List.of(where + ": the value is not JSON");
        }
        String header = record.headers().get(Topics.HEADER_EVENT_TYPE);
        String type = header != null || value == null ? header : value.path("type").asText(null);
        if (value == null || type == null) {
            return List.of(where + ": no event (" + (value == null ? "no value" : "no event type") + ")");
        }
        JsonNode message = messages.path(type);
        if (message.isMissingNode()) {
            return List.of(where + ": " + type + " is not a message of " + topic + " in " + AsyncApiDocument.COMMITTED);
        }
        List<String> violations = new ArrayList<>();
        schema(message.path("$ref").asText() + "/payload").validate(value)
                .forEach(v -> violations.add(where + ": " + type + " payload: " + describe(v)));
        violations.addAll(headerViolations(message, record, where, type));
        return violations;
    }

    private List<String> headerViolations(JsonNode message, TopicClient.Received record, String where, String type) {
        ObjectNode headers = JSON.createObjectNode();
        record.headers().forEach(headers::put);
        return schema(message.path("$ref").asText() + "/headers").validate(headers).stream()
                .map(v -> where + ": " + type + " headers: " + describe(v)).toList();
    }

    /** The channel whose address is {@code topic}, or null. */
    private String channelOf(String topic) {
        Map<String, String> byAddress = new HashMap<>();
        document.path("channels").fields().forEachRemaining(c -> byAddress.put(c.getValue().path("address").asText(),
                c.getKey()));
        return byAddress.get(topic);
    }

    /** A schema for the node at {@code ref} (a local reference), resolving its references in the document. */
    private JsonSchema schema(String ref) {
        return schemas.computeIfAbsent(ref, r -> {
            ObjectNode root = JSON.createObjectNode();
            root.put("$schema", "http://json-schema.org/draft-07/schema#");
            root.putArray("allOf").addObject().put("$ref", r);
            // The references point into the document: give the schema its root's parts.
            root.set("components", document.path("components"));
            return FACTORY.getSchema(root, SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());
        });
    }

    private static String describe(ValidationMessage violation) {
        // Not getMessage(): it can quote the value, and payloads hold health data. The field, the rule
        // broken and where in the schema say enough.
        return violation.getInstanceLocation() + " breaks '" + violation.getType() + "' ("
                + violation.getEvaluationPath() + ")";
    }
}
