package no.legekontor.devtools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The operations of a service's committed OpenAPI document ({@code openapi/<service>.yaml}), with
 * what a test needs to call each: its security scheme (the token kind), whether a guardian may send
 * {@code On-Behalf-Of}, its path parameters, its required query parameters and a minimal request body
 * made from the schema's examples. Tests built on it (the authorization matrices) cover a new
 * endpoint without being edited.
 */
public final class ApiOperations {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Set<String> HTTP_METHODS = Set.of("get", "put", "post", "delete", "patch");
    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}]+)}");

    private ApiOperations() {
    }

    /**
     * One operation of the document.
     *
     * @param method          HTTP method, upper case
     * @param path            the path template, e.g. {@code /api/v1/inbox/{id}/replies}
     * @param operationId     its stable name
     * @param scheme          the security scheme it requires ({@code idporten}, {@code helseidStaff},
     *                        {@code helseidClinicSystem}), or null
     * @param onBehalfOf      whether it declares the {@code On-Behalf-Of} header
     * @param query           required query parameters with an example value
     * @param body            a minimal JSON body made from the schema's examples, or null
     * @param forbiddenCodes  what its 403 response's description says (the problem codes it names)
     */
    public record Operation(String method, String path, String operationId, String scheme, boolean onBehalfOf,
            Map<String, String> query, ObjectNode body, String forbiddenCodes) {

        /** The names of its path parameters, in order. */
        public List<String> pathParameters() {
            List<String> names = new ArrayList<>();
            Matcher matcher = PATH_PARAMETER.matcher(path);
            while (matcher.find()) {
                names.add(matcher.group(1));
            }
            return names;
        }

        /** The word of the path before a parameter, e.g. {@code conversations} for {@code /conversations/{id}}. */
        public String collectionOf(String parameter) {
            String before = path.substring(0, path.indexOf("{" + parameter + "}") - 1);
            return before.substring(before.lastIndexOf('/') + 1);
        }

        /** The path with each parameter replaced by the value the function gives for it. */
        public String path(Function<String, String> values) {
            Matcher matcher = PATH_PARAMETER.matcher(path);
            StringBuilder filled = new StringBuilder();
            while (matcher.find()) {
                matcher.appendReplacement(filled, Matcher.quoteReplacement(values.apply(matcher.group(1))));
            }
            matcher.appendTail(filled);
            return filled.toString();
        }

        /** The body with some fields set to other values (only fields the body has). */
        public ObjectNode body(Map<String, String> overrides) {
            if (body == null) {
                return null;
            }
            ObjectNode changed = body.deepCopy();
            overrides.forEach((field, value) -> {
                if (changed.has(field)) {
                    changed.put(field, value);
                }
            });
            return changed;
        }

        @Override
        public String toString() {
            return method + " " + path + " (" + operationId + ")";
        }
    }

    /** Every operation of the committed documents, e.g. portal-api's two contracts. */
    public static List<Operation> of(String... documents) {
        List<Operation> operations = new ArrayList<>();
        for (String document : documents) {
            operations.addAll(of(document));
        }
        return operations;
    }

    /** Every operation of {@code openapi/<service>.yaml}, read from the module's directory. */
    public static List<Operation> of(String service) {
        JsonNode document;
        try {
            document = YAML.readTree(Path.of("..", "openapi", service + ".yaml").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Operation> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                if (HTTP_METHODS.contains(op.getKey())) {
                    operations.add(operation(document, op.getKey(), path.getKey(), op.getValue()));
                }
            }
        }
        return operations;
    }

    private static Operation operation(JsonNode document, String method, String path, JsonNode op) {
        JsonNode security = op.path("security");
        String scheme = security.isArray() && !security.isEmpty() ? security.get(0).fieldNames().next() : null;
        boolean onBehalfOf = false;
        Map<String, String> query = new LinkedHashMap<>();
        for (JsonNode parameter : op.path("parameters")) {
            JsonNode resolved = resolve(document, parameter);
            if ("header".equals(resolved.path("in").asText()) && "On-Behalf-Of".equals(resolved.path("name").asText())) {
                onBehalfOf = true;
            } else if ("query".equals(resolved.path("in").asText()) && resolved.path("required").asBoolean()) {
                JsonNode example = resolved.has("example") ? resolved.get("example")
                        : example(document, resolved.path("schema"));
                query.put(resolved.path("name").asText(), example.asText());
            }
        }
        JsonNode schema = op.path("requestBody").path("content").path("application/json").path("schema");
        ObjectNode body = schema.isMissingNode() ? null : (ObjectNode) example(document, schema);
        String forbidden = op.path("responses").path("403").path("description").asText("");
        return new Operation(method.toUpperCase(), path, op.path("operationId").asText(), scheme, onBehalfOf,
                query, body, forbidden);
    }

    /**
     * A value for a schema: its first example, else its first enum value, else, for an object, each
     * property that is required or has an example, else a plain value of its type and format.
     */
    static JsonNode example(JsonNode document, JsonNode schema) {
        JsonNodeFactory json = JsonNodeFactory.instance;
        if (schema.path("examples").isArray() && !schema.path("examples").isEmpty()) {
            return schema.path("examples").get(0);
        }
        if (schema.has("example")) {
            return schema.get("example");
        }
        if (schema.has("$ref")) {
            return example(document, resolve(document, schema));
        }
        if (schema.path("enum").isArray() && !schema.path("enum").isEmpty()) {
            return schema.path("enum").get(0);
        }
        String type = schema.path("type").asText("object");
        return switch (type) {
            case "object" -> {
                ObjectNode object = json.objectNode();
                Set<String> required = new HashSet<>();
                schema.path("required").forEach(name -> required.add(name.asText()));
                for (Iterator<Map.Entry<String, JsonNode>> properties = schema.path("properties").fields();
                        properties.hasNext(); ) {
                    Map.Entry<String, JsonNode> property = properties.next();
                    JsonNode value = property.getValue();
                    if (required.contains(property.getKey()) || value.has("examples") || value.has("example")) {
                        object.set(property.getKey(), example(document, value));
                    }
                }
                yield object;
            }
            case "boolean" -> json.booleanNode(true);
            case "integer", "number" -> json.numberNode(schema.path("minimum").asInt(1));
            case "array" -> json.arrayNode();
            default -> switch (schema.path("format").asText("")) {
                case "uuid" -> json.textNode(UUID.randomUUID().toString());
                case "date" -> json.textNode(LocalDate.now().toString());
                case "date-time" -> json.textNode(OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS).toString());
                default -> json.textNode("x");
            };
        };
    }

    private static JsonNode resolve(JsonNode document, JsonNode node) {
        JsonNode current = node;
        while (current.has("$ref")) {
            String ref = current.get("$ref").asText();
            current = document.at(ref.substring(1));
        }
        return current;
    }
}
