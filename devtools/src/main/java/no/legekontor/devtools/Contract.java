package no.legekontor.devtools;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The committed OpenAPI documents a test JVM's calls are checked against, whatever made the call:
 * REST Assured ({@link ContractFilter}) or the generated Java client ({@link ContractHttpClient}).
 * A call fails when its response leaves the document whose path it hits: a status the operation
 * does not declare, a media type it does not declare, a body its schema refuses (a {@code null}
 * where a string is declared, a bare array where a page is declared, a malformed {@code date-time}),
 * a missing required header ({@code Location} of a 201). The request is checked too (its body against
 * the request body's schema, its required query parameters) when the service accepted it: a
 * request the service refused with a 4xx is a test's deliberate mistake, and one it accepted
 * although the contract forbids it means the test or the contract is wrong. Calls to paths no
 * document declares ({@code /q/health}, {@code /q/openapi}, a deliberately unknown path) are not
 * checked.
 */
public final class Contract {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final int EXCERPT = 600;

    private static final Map<String, Contract> READ = new ConcurrentHashMap<>();

    private final List<ContractDocument> documents;

    /** One call as the checks see it. */
    public record Exchange(String method, String path, Set<String> queryParameters, String requestType,
            byte[] requestBody, boolean responseOnly, int status, String responseType,
            Function<String, String> responseHeader, byte[] responseBody) {
    }

    private Contract(List<ContractDocument> documents) {
        this.documents = documents;
    }

    /**
     * The committed documents named, e.g. {@code portal-api} for {@code openapi/portal-api.yaml};
     * read once per test JVM, as are the schemas compiled from them.
     */
    public static Contract of(String... documents) {
        return READ.computeIfAbsent(String.join(",", documents), names -> new Contract(Arrays.stream(documents)
                .map(String::trim).filter(d -> !d.isEmpty()).map(ContractDocument::committed).toList()));
    }

    /** @throws AssertionError naming every way the call leaves the contract */
    public void check(Exchange call) {
        for (ContractDocument document : documents) {
            Optional<String> template = document.template(call.path());
            if (template.isPresent()) {
                document.operation(template.get(), call.method().toLowerCase(Locale.ROOT))
                        .ifPresent(operation -> check(operation, call));
                return;
            }
        }
    }

    private static void check(ContractDocument.Operation operation, Exchange call) {
        List<String> violations = new ArrayList<>(responseViolations(operation, call));
        if (!call.responseOnly() && call.status() < 400) {
            requestViolations(operation, call).forEach(v -> violations.add("request: " + v));
        }
        if (!violations.isEmpty()) {
            String body = new String(call.responseBody(), StandardCharsets.UTF_8);
            throw new AssertionError(call.method() + " " + call.path() + " answered " + call.status()
                    + " outside the contract of " + operation + ":\n  " + String.join("\n  ", violations)
                    + "\nbody: " + (body.length() > EXCERPT ? body.substring(0, EXCERPT) + "…" : body));
        }
    }

    private static List<String> responseViolations(ContractDocument.Operation operation, Exchange call) {
        String status = String.valueOf(call.status());
        JsonNode responses = operation.operation().path("responses");
        String key = responses.has(status) ? status
                : responses.has(status.charAt(0) + "XX") ? status.charAt(0) + "XX"
                : responses.has("default") ? "default" : null;
        if (key == null) {
            return List.of("status " + status + " is not declared");
        }
        JsonNode declared = responses.get(key);
        List<String> violations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> headers = declared.path("headers").fields(); headers.hasNext(); ) {
            Map.Entry<String, JsonNode> header = headers.next();
            if (header.getValue().path("required").asBoolean() && call.responseHeader().apply(header.getKey()) == null) {
                violations.add("the required header " + header.getKey() + " is missing");
            }
        }
        JsonNode content = declared.path("content");
        if (call.responseBody().length == 0) {
            if (!content.isEmpty() && !"head".equals(operation.method())) {
                violations.add("no body, though " + status + " declares " + fieldNames(content));
            }
            return violations;
        }
        String mediaType = baseMediaType(call.responseType());
        String declaredType = content.has(mediaType) ? mediaType : content.has("*/*") ? "*/*" : null;
        if (declaredType == null) {
            violations.add("media type '" + mediaType + "' is not declared for " + status + " (declared: "
                    + fieldNames(content) + ")");
        } else if (isJson(mediaType) && content.path(declaredType).has("schema")) {
            violations.addAll(bodyViolations(operation, call.responseBody(),
                    operation.pointer("responses", key, "content", declaredType, "schema")));
        }
        return violations;
    }

    private static List<String> requestViolations(ContractDocument.Operation operation, Exchange call) {
        List<String> violations = new ArrayList<>();
        for (JsonNode parameter : operation.operation().path("parameters")) {
            String name = parameter.path("name").asText();
            if ("query".equals(parameter.path("in").asText()) && parameter.path("required").asBoolean()
                    && !call.queryParameters().contains(name)) {
                violations.add("the required query parameter " + name + " is missing");
            }
        }
        JsonNode requestBody = operation.operation().path("requestBody");
        if (call.requestBody().length == 0) {
            if (requestBody.path("required").asBoolean()) {
                violations.add("no body, though the operation requires one");
            }
            return violations;
        }
        String mediaType = baseMediaType(call.requestType());
        JsonNode content = requestBody.path("content");
        if (!content.has(mediaType)) {
            violations.add("media type '" + mediaType + "' is not declared (declared: " + fieldNames(content) + ")");
        } else if (isJson(mediaType) && content.path(mediaType).has("schema")) {
            violations.addAll(bodyViolations(operation, call.requestBody(),
                    operation.pointer("requestBody", "content", mediaType, "schema")));
        }
        return violations;
    }

    private static List<String> bodyViolations(ContractDocument.Operation operation, byte[] body, String pointer) {
        JsonNode value;
        try {
            value = JSON.readTree(body);
        } catch (JsonProcessingException e) {
            return List.of("the body is not JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return operation.document().violations(pointer, value);
    }

    private static String baseMediaType(String contentType) {
        if (contentType == null) {
            return "";
        }
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
    }

    private static boolean isJson(String mediaType) {
        return mediaType.equals("application/json") || mediaType.endsWith("+json");
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
