package no.legekontor.devtools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The operations of a service's OpenAPI document that change something (POST, PUT, PATCH, DELETE),
 * read from the committed {@code openapi/<service>.yaml}: what {@link HostileInput} sends hostile
 * requests to. A new endpoint is covered without editing a test.
 */
public final class WriteOperations {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Set<String> WRITES = Set.of("post", "put", "patch", "delete");
    private static final int MAX_DEPTH = 8;

    private WriteOperations() {
    }

    /**
     * One write operation.
     *
     * @param method         POST, PUT, PATCH or DELETE
     * @param path           the path template, e.g. {@code /api/v1/inbox/{id}/replies}
     * @param operationId    its operationId
     * @param securityScheme the token kind it takes ({@code idporten}, {@code helseidStaff}, ...), or null
     * @param bodySchema     its JSON request body's schema with every {@code $ref} resolved, or null
     * @param pathParams     the names of its path parameters
     * @param onBehalfOf     whether it takes the {@code On-Behalf-Of} header
     */
    public record Operation(String method, String path, String operationId, String securityScheme,
            JsonNode bodySchema, List<String> pathParams, boolean onBehalfOf) {

        @Override
        public String toString() {
            return method + " " + path + " (" + operationId + ")";
        }
    }

    /** The write operations of the committed document of a service, e.g. {@code portal-api}. */
    public static List<Operation> ofService(String service) {
        return of(Path.of("..", "openapi", service + ".yaml"));
    }

    public static List<Operation> of(Path document) {
        try {
            return of(YAML.readTree(document.toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + document, e);
        }
    }

    /** The write operations of a parsed OpenAPI document. */
    public static List<Operation> of(JsonNode root) {
        List<Operation> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = root.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields(); methods.hasNext(); ) {
                Map.Entry<String, JsonNode> method = methods.next();
                if (WRITES.contains(method.getKey())) {
                    operations.add(operation(root, path.getKey(), method.getKey(), method.getValue()));
                }
            }
        }
        return operations;
    }

    private static Operation operation(JsonNode root, String path, String method, JsonNode operation) {
        JsonNode schema = operation.path("requestBody").path("content").path("application/json").path("schema");
        List<String> pathParams = new ArrayList<>();
        boolean onBehalfOf = false;
        for (JsonNode parameter : operation.path("parameters")) {
            JsonNode resolved = resolve(root, parameter, 0);
            if ("path".equals(resolved.path("in").asText())) {
                pathParams.add(resolved.path("name").asText());
            }
            onBehalfOf |= "On-Behalf-Of".equals(resolved.path("name").asText());
        }
        String scheme = null;
        for (JsonNode requirement : operation.path("security")) {
            Iterator<String> names = requirement.fieldNames();
            if (names.hasNext()) {
                scheme = names.next();
            }
        }
        return new Operation(method.toUpperCase(), path, operation.path("operationId").asText(), scheme,
                schema.isMissingNode() ? null : resolve(root, schema, 0), List.copyOf(pathParams), onBehalfOf);
    }

    /**
     * The schema with every {@code $ref} replaced by what it names. A property such as
     * {@code {$ref: LocalDate, description: ...}} keeps its own keys next to the named schema's
     * (type, format, enum).
     */
    static JsonNode resolve(JsonNode root, JsonNode schema, int depth) {
        if (depth > MAX_DEPTH || !schema.isObject()) {
            return schema;
        }
        if (schema.has("$ref")) {
            JsonNode named = resolve(root, root.at(schema.get("$ref").asText().substring(1)), depth + 1);
            ObjectNode merged = named.isObject() ? ((ObjectNode) named).deepCopy() : YAML.createObjectNode();
            schema.fields().forEachRemaining(field -> {
                if (!field.getKey().equals("$ref")) {
                    merged.set(field.getKey(), field.getValue());
                }
            });
            return merged;
        }
        ObjectNode resolved = ((ObjectNode) schema).deepCopy();
        if (schema.has("properties")) {
            ObjectNode properties = resolved.putObject("properties");
            schema.get("properties").fields().forEachRemaining(
                    field -> properties.set(field.getKey(), resolve(root, field.getValue(), depth + 1)));
        }
        if (schema.has("items")) {
            resolved.set("items", resolve(root, schema.get("items"), depth + 1));
        }
        return resolved;
    }
}
