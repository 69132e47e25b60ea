package no.legekontor.devtools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Stream;
import net.jqwik.api.sessions.JqwikSession;
import org.junit.jupiter.api.DynamicTest;

/**
 * The hostile-input property of a service, one dynamic test per write operation of its committed
 * OpenAPI document: for generated requests (see {@link HostileRequests}), sent with a valid token of
 * the operation's kind, the service never answers 5xx, and every 4xx is {@code application/problem+json}
 * in the one Problem shape that never echoes the text it was sent. And the valid requests among them
 * (a body from the schema, or none where the operation takes none, with a path value and
 * {@code On-Behalf-Of} the test knows to exist) get through: when fewer than a tenth of them succeed
 * (2xx), the property fails, since it would then only have shown how the service refuses.
 *
 * <p>jqwik generates the requests (with a seed per operation, printed on failure and settable with
 * {@code -Dhostile.seed=...}); its {@code @Property} runner cannot run inside a {@code @QuarkusTest},
 * so the tries are drawn in a jqwik session and checked here, without shrinking.
 */
public final class HostileInput {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String TYPE_BASE = "https://api.legekontor.no/problems/";
    private static final int REPORTED = 5;
    /** At least one valid request in this many must succeed. */
    static final int VALID_SUCCEEDING_ONE_IN = 10;

    private final List<String> documents;
    private final URI baseUri;
    private final Map<String, Supplier<String>> tokens = new HashMap<>();
    private final Map<String, List<String>> bodyValues = new HashMap<>();
    private final Map<String, List<String>> pathValues = new HashMap<>();
    private final Map<String, Runnable> after = new HashMap<>();
    private List<String> onBehalfOf = List.of();
    private int tries = 100;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private HostileInput(List<String> documents, URI baseUri) {
        this.documents = List.copyOf(documents);
        this.baseUri = baseUri;
    }

    /** The property for the service's committed {@code openapi/<service>.yaml}, against the running service. */
    public static HostileInput of(String service, URI baseUri) {
        return new HostileInput(List.of(service), baseUri);
    }

    /**
     * The property for every write operation of several committed documents served by one service
     * (portal-api's patient and clinic-system contracts), against the running service.
     */
    public static HostileInput of(List<String> documents, URI baseUri) {
        return new HostileInput(documents, baseUri);
    }

    /** The token for operations of a security scheme, e.g. {@code idporten}. */
    public HostileInput token(String securityScheme, Supplier<String> token) {
        tokens.put(securityScheme, token);
        return this;
    }

    /** Values that exist for body properties of this name (an id, a patient on the list). */
    public HostileInput bodyValues(String property, String... values) {
        bodyValues.put(property, List.of(values));
        return this;
    }

    /** Values that exist for the path parameter of this path template, e.g. {@code /api/v1/inbox/{id}/replies}. */
    public HostileInput pathValues(String pathTemplate, String... values) {
        pathValues.put(pathTemplate, List.of(values));
        return this;
    }

    /** Valid {@code On-Behalf-Of} values (children the patient may act for). */
    public HostileInput onBehalfOf(String... children) {
        onBehalfOf = List.of(children);
        return this;
    }

    /** Tries per operation (default 100). */
    public HostileInput tries(int count) {
        tries = count;
        return this;
    }

    /** Something to put back after an operation's tries, e.g. the patient's full access after setAccessLevel. */
    public HostileInput after(String operationId, Runnable restore) {
        after.put(operationId, restore);
        return this;
    }

    public Stream<DynamicTest> dynamicTests() {
        long seed = Long.getLong("hostile.seed", 20261130L);
        SchemaValues values = new SchemaValues(bodyValues);
        return documents.stream().flatMap(document -> WriteOperations.ofService(document).stream()).map(operation -> DynamicTest.dynamicTest(
                operation.toString(), () -> check(operation, values, seed ^ operation.operationId().hashCode())));
    }

    private void check(WriteOperations.Operation operation, SchemaValues values, long seed) {
        List<HostileRequests.Request> requests = generate(operation, values, seed);
        List<String> failures = new ArrayList<>();
        Map<Integer, Integer> statuses = new TreeMap<>();
        int count = 0;
        int valid = 0;
        int validSucceeded = 0;
        List<String> known = pathValues.getOrDefault(operation.path(), List.of());
        try {
            for (HostileRequests.Request request : requests) {
                HttpResponse<String> response = send(operation, request);
                statuses.merge(response.statusCode(), 1, Integer::sum);
                if (valid(request, known)) {
                    valid++;
                    validSucceeded += response.statusCode() / 100 == 2 ? 1 : 0;
                }
                String failure = problemShape(response.statusCode(),
                        response.headers().firstValue("Content-Type").orElse(""), response.body());
                if (failure != null && count++ < REPORTED) {
                    failures.add(failure + "\n    request: " + HostileRequests.describe(request));
                }
            }
        } finally {
            after.getOrDefault(operation.operationId(), () -> { }).run();
        }
        // Like jqwik's statistics: shows that the valid tries get through to the code behind.
        System.out.println("[hostile input] " + operation + ": answers " + statuses + ", valid requests "
                + validSucceeded + " of " + valid + " succeeded");
        if (!failures.isEmpty()) {
            throw new AssertionError(operation + ": " + count + " of " + requests.size() + " tries broke the "
                    + "property (seed " + seed + "); the first:\n  " + String.join("\n  ", failures));
        }
        String through = validThrough(valid, validSucceeded);
        if (through != null) {
            throw new AssertionError(operation + ": " + through + " (seed " + seed + "; answers " + statuses
                    + "): give the test values that exist for its ids, or fix what refuses them");
        }
    }

    /** A request the operation should be able to carry out: a valid body (or none), known ids and child. */
    private boolean valid(HostileRequests.Request request, List<String> knownPathValues) {
        boolean body = HostileRequests.VALID.equals(request.kind()) || HostileRequests.NO_BODY.equals(request.kind());
        boolean path = request.pathValue() == null || knownPathValues.contains(request.pathValue());
        boolean child = request.onBehalfOf() == null || onBehalfOf.contains(request.onBehalfOf());
        return body && path && child;
    }

    /** Why too few valid requests got through, or null: at least one in {@link #VALID_SUCCEEDING_ONE_IN}. */
    static String validThrough(int valid, int succeeded) {
        if (valid == 0) {
            return "none of the tries was a valid request";
        }
        if (succeeded * VALID_SUCCEEDING_ONE_IN < valid) {
            return "only " + succeeded + " of its " + valid + " valid requests succeeded, fewer than one in "
                    + VALID_SUCCEEDING_ONE_IN;
        }
        return null;
    }

    private List<HostileRequests.Request> generate(WriteOperations.Operation operation, SchemaValues values,
            long seed) {
        HostileRequests requests = new HostileRequests(operation, values,
                pathValues.getOrDefault(operation.path(), List.of()), onBehalfOf);
        JqwikSession.start(Long.toString(seed));
        try {
            return requests.requests().sampleStream().limit(tries).toList();
        } finally {
            JqwikSession.finish();
        }
    }

    private HttpResponse<String> send(WriteOperations.Operation operation, HostileRequests.Request request) {
        String path = operation.path();
        for (String param : operation.pathParams()) {
            path = path.replace("{" + param + "}",
                    URLEncoder.encode(request.pathValue(), StandardCharsets.UTF_8).replace("+", "%20"));
        }
        HttpRequest.Builder builder = HttpRequest.newBuilder(baseUri.resolve(path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json")
                .method(operation.method(), request.body() == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(request.body(), StandardCharsets.UTF_8));
        if (request.body() != null) {
            builder.header("Content-Type", request.contentType());
        }
        Supplier<String> token = tokens.get(operation.securityScheme());
        if (token != null) {
            builder.header("Authorization", "Bearer " + token.get());
        }
        if (request.onBehalfOf() != null && !request.onBehalfOf().isEmpty()) {
            builder.header("On-Behalf-Of", request.onBehalfOf());
        }
        try {
            return http.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError(operation + ": no answer to " + HostileRequests.describe(request), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** What is wrong with an answer, or null: never 5xx; every 4xx a Problem that echoes nothing sent. */
    static String problemShape(int status, String contentType, String body) {
        String answer = status + " " + contentType + " " + HostileRequests.abbreviated(body);
        if (status >= 500) {
            return "answered " + answer;
        }
        if (status < 400) {
            return null;
        }
        if (!contentType.startsWith(PROBLEM_JSON)) {
            return "a " + status + " that is not problem+json: " + answer;
        }
        JsonNode problem;
        try {
            problem = JSON.readTree(body);
        } catch (IOException e) {
            return "a problem that is not JSON: " + answer;
        }
        if (!problem.path("type").asText().startsWith(TYPE_BASE) || problem.path("title").asText().isBlank()
                || problem.path("status").asInt() != status) {
            return "not the Problem shape (type, title, status): " + answer;
        }
        for (JsonNode error : problem.path("errors")) {
            if (!error.path("field").isTextual() || !error.path("message").isTextual()) {
                return "a field error without field and message: " + answer;
            }
        }
        if (body.contains(SchemaValues.ECHO_MARKER)) {
            return "the problem echoes what was sent: " + answer;
        }
        return null;
    }
}
