package no.legekontor.devtools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks that a service's committed OpenAPI document ({@code openapi/<service>.yaml}) is what its
 * code serves. Clinic systems integrate against the committed file, so a change to the API must
 * change the file in the same commit; the build rewrites it ({@code ./portal build}).
 */
public final class OpenApiContract {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    /** camelCase verb and noun, e.g. {@code submitEConsultation}: clients turn it into a method name. */
    private static final Pattern OPERATION_ID = Pattern.compile("[a-z]+[A-Z][A-Za-z0-9]*");

    private static final String PROBLEM_JSON = "application/problem+json";

    private static final Set<String> HTTP_METHODS =
            Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

    private OpenApiContract() {
    }

    /**
     * @param service the module name, e.g. {@code portal-api}
     * @param served  the document the running service serves ({@code /q/openapi?format=yaml})
     * @throws AssertionError when they differ; the served document is then in
     *                        {@code target/openapi-served.yaml} for a diff
     */
    public static void assertCommittedMatches(String service, String served) {
        Path committed = committedPath(service);
        try {
            Files.createDirectories(Path.of("target"));
            Files.writeString(Path.of("target", "openapi-served.yaml"), served);
            if (!Files.exists(committed)) {
                throw new AssertionError(committed + " is not committed: run ./portal build and commit it");
            }
            // Compared as documents, not text: the generator's key order differs between build and runtime.
            JsonNode expected = YAML.readTree(Files.readString(committed));
            if (!expected.equals(YAML.readTree(served))) {
                throw new AssertionError(committed + " is out of date: run ./portal build and commit it"
                        + " (diff " + committed + " target/openapi-served.yaml)");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The committed document of {@code service} (the module name), read from the module's
     * directory: what the services' contract checks without a running service look at.
     */
    public static String committed(String service) {
        Path committed = committedPath(service);
        try {
            return Files.readString(committed);
        } catch (IOException e) {
            throw new UncheckedIOException(committed + " is not readable: run ./portal build and commit it", e);
        }
    }

    private static Path committedPath(String service) {
        return Path.of("..", "openapi", service + ".yaml");
    }

    /**
     * Checks the conventions every operation of the document follows, so that a new endpoint
     * without them fails its service's tests: an explicit, unique, camelCase {@code operationId}
     * ({@code @Operation(operationId = "...")}), and every 4xx and 5xx response answers
     * {@code application/problem+json} (service-support's {@code ProblemResponses} adds it to
     * responses that declare no content), and every text field of a request body has a
     * {@code maxLength} ({@code @Size(max = ...)}; enums, UUIDs and dates are bounded already), every
     * 201 declares the required {@code Location} header, and no response answers a bare array (a
     * list answers a page, as every list does).
     *
     * @param served the document, e.g. the committed one ({@link #committed(String)}), which the
     *               service's {@code OpenApiContractTest} keeps equal to what it serves
     * @throws AssertionError naming every operation that breaks a convention
     */
    public static void assertConventions(String served) {
        JsonNode document;
        try {
            document = YAML.readTree(served);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> broken = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                if (!HTTP_METHODS.contains(op.getKey())) {
                    continue;
                }
                String where = op.getKey().toUpperCase() + " " + path.getKey();
                String id = op.getValue().path("operationId").asText("");
                if (id.isEmpty()) {
                    broken.add(where + ": no operationId (add @Operation(operationId = \"verbNoun\"))");
                } else if (!OPERATION_ID.matcher(id).matches()) {
                    broken.add(where + ": operationId '" + id + "' is not camelCase verb+noun");
                } else if (!seen.add(id)) {
                    broken.add(where + ": operationId '" + id + "' is used twice");
                }
                for (Iterator<Map.Entry<String, JsonNode>> responses = op.getValue().path("responses").fields();
                        responses.hasNext(); ) {
                    Map.Entry<String, JsonNode> response = responses.next();
                    boolean error = response.getKey().startsWith("4") || response.getKey().startsWith("5");
                    if (error && response.getValue().path("content").path(PROBLEM_JSON).isMissingNode()) {
                        broken.add(where + ": " + response.getKey() + " does not answer " + PROBLEM_JSON);
                    }
                    if ("201".equals(response.getKey())
                            && !response.getValue().path("headers").path("Location").path("required").asBoolean()) {
                        broken.add(where + ": 201 does not declare the required Location header");
                    }
                    response.getValue().path("content").fields().forEachRemaining(media -> {
                        if (media.getValue().path("schema").path("type").asText().equals("array")) {
                            broken.add(where + ": " + response.getKey() + " answers a bare array; a list answers a"
                                    + " page (items, total, page, size)");
                        }
                    });
                }
            }
        }
        for (WriteOperations.Operation operation : WriteOperations.of(document)) {
            if (operation.bodySchema() != null) {
                unlimitedText(operation.bodySchema(), "", broken, operation.method() + " " + operation.path());
            }
        }
        if (!broken.isEmpty()) {
            throw new AssertionError("The OpenAPI document breaks the API conventions (docs/contract.md):\n  "
                    + String.join("\n  ", broken));
        }
    }

    private static final Set<String> BOUNDED_FORMATS = Set.of("uuid", "date", "date-time");

    /** Adds every text field of the schema without a maxLength to {@code broken}. */
    private static void unlimitedText(JsonNode schema, String field, List<String> broken, String where) {
        schema.path("properties").fields().forEachRemaining(property -> unlimitedText(property.getValue(),
                field.isEmpty() ? property.getKey() : field + "." + property.getKey(), broken, where));
        if (schema.has("items")) {
            unlimitedText(schema.get("items"), field + "[]", broken, where);
        }
        boolean text = "string".equals(schema.path("type").asText()) && !schema.has("enum")
                && !BOUNDED_FORMATS.contains(schema.path("format").asText());
        if (text && !schema.has("maxLength")) {
            broken.add(where + ": the text field " + field + " has no maxLength (add @Size(max = ...))");
        }
    }
}
