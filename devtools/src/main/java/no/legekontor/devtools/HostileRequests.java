package no.legekontor.devtools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Requests for one write operation, generated from its OpenAPI schema: a third valid bodies, the
 * rest broken ones (a field missing, null, of the wrong JSON type, far too long or large, an
 * extreme date, unknown fields; a body that is an array, a scalar, nothing, broken JSON, deeply
 * nested or large), with path parameters and {@code On-Behalf-Of} that exist or not.
 */
final class HostileRequests {

    /**
     * One request.
     *
     * @param kind        what was done to it, for the report
     * @param pathValue   the value of the path parameters (all of them), or null when there are none
     * @param onBehalfOf  the {@code On-Behalf-Of} header, or null for none
     * @param contentType the {@code Content-Type} of the body
     * @param body        the body as sent, or null for none
     */
    record Request(String kind, String pathValue, String onBehalfOf, String contentType, String body) {
    }

    /** The kind of a valid body generated from the schema. */
    static final String VALID = "valid";
    /** The kind of a request without a body, to an operation that takes none. */
    static final String NO_BODY = "no body";

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    /** Values of the wrong JSON type for any field; huge numbers, deep and long values among them. */
    private static final List<JsonNode> WRONG_VALUES = List.of(JSON.numberNode(0), JSON.numberNode(-1),
            JSON.numberNode(Long.MAX_VALUE), JSON.numberNode(new java.math.BigInteger("1" + "0".repeat(40))),
            JSON.numberNode(new java.math.BigDecimal("1e400")), JSON.numberNode(0.5), JSON.booleanNode(true),
            JSON.textNode(""), JSON.textNode(" "), JSON.textNode("yes"), JSON.textNode("null"),
            JSON.arrayNode(), JSON.arrayNode().add("x").add(1), JSON.objectNode(),
            JSON.objectNode().put("a", 1), JSON.textNode("9".repeat(50)), JSON.textNode("2026-13-45"),
            JSON.textNode("00000000-0000-0000-0000-00000000000g"));

    private static final List<String> BAD_PATH_VALUES = List.of("abc", "0", "-1", "%25", " ", "æøå", "null",
            "00000000-0000-0000-0000-000000000000", "x".repeat(2000), "1e400", "<script>");

    private static final List<String> BAD_ON_BEHALF_OF = List.of("abc", "12345678901", "00000000000",
            "1".repeat(500), "");

    private static final List<Body> NOT_AN_OBJECT = List.of(
            Body.json("array", "[{\"body\":\"x\"}]"),
            Body.json("empty array", "[]"),
            Body.json("string", "\"" + SchemaValues.ECHO_MARKER + "\""),
            Body.json("number", "12345678901234567890"),
            Body.json("true", "true"),
            Body.json("null", "null"),
            Body.json("empty", ""),
            Body.json("broken JSON", "{\"body\": \"" + SchemaValues.ECHO_MARKER),
            Body.json("trailing garbage", "{} x"),
            Body.json("NaN", "{\"x\": NaN}"),
            Body.json("deeply nested", "[".repeat(5000) + "]".repeat(5000)),
            Body.json("deeply nested object", "{\"a\":".repeat(3000) + "1" + "}".repeat(3000)),
            Body.json("large", "{\"x\":\"" + "y".repeat(2_000_000) + "\"}"),
            Body.json("duplicate keys", "{\"a\":1,\"a\":2}"),
            Body.json("lone surrogate", "{\"a\":\"\\uD800\"}"));

    private final WriteOperations.Operation operation;
    private final SchemaValues values;
    private final List<String> pathValues;
    private final List<String> onBehalfOf;

    HostileRequests(WriteOperations.Operation operation, SchemaValues values, List<String> pathValues,
            List<String> onBehalfOf) {
        this.operation = operation;
        this.values = values;
        this.pathValues = pathValues;
        this.onBehalfOf = onBehalfOf;
    }

    Arbitrary<Request> requests() {
        return Combinators.combine(bodies(), pathValue(), onBehalfOf())
                .as((body, path, header) -> new Request(body.kind(), path, header, body.contentType(), body.text()));
    }

    private record Body(String kind, String contentType, String text) {
        static Body json(String kind, String text) {
            return new Body(kind, "application/json", text);
        }
    }

    private Arbitrary<Body> bodies() {
        if (operation.bodySchema() == null) {
            return Arbitraries.frequencyOf(Tuple.of(8, Arbitraries.just(new Body(NO_BODY, null, null))),
                    Tuple.of(2, notAnObject()));
        }
        Arbitrary<ObjectNode> valid = values.object(operation.bodySchema()).map(node -> (ObjectNode) node);
        return Arbitraries.frequencyOf(
                Tuple.of(3, valid.map(body -> Body.json(VALID, body.toString()))),
                Tuple.of(5, broken(valid)),
                Tuple.of(2, notAnObject()));
    }

    /** A valid body with one thing wrong. */
    private Arbitrary<Body> broken(Arbitrary<ObjectNode> valid) {
        JsonNode properties = operation.bodySchema().path("properties");
        List<String> names = new ArrayList<>();
        properties.fieldNames().forEachRemaining(names::add);
        if (names.isEmpty()) {
            return valid.map(body -> Body.json("unknown field", body.put("unexpected", "x").toString()));
        }
        Arbitrary<String> name = Arbitraries.of(names);
        return Arbitraries.oneOf(
                Combinators.combine(valid, name).as((body, field) -> {
                    body.remove(field);
                    return Body.json("without " + field, body.toString());
                }),
                Combinators.combine(valid, name).as((body, field) -> {
                    body.putNull(field);
                    return Body.json(field + " null", body.toString());
                }),
                Combinators.combine(valid, name, Arbitraries.of(WRONG_VALUES)).as((body, field, wrong) -> {
                    body.set(field, wrong);
                    return Body.json(field + " = " + abbreviated(wrong.toString()), body.toString());
                }),
                Combinators.combine(valid, name, Arbitraries.integers().between(1, 200_000)).as((body, field, length) -> {
                    body.put(field, "x" + SchemaValues.ECHO_MARKER + "y".repeat(length));
                    return Body.json(field + " of " + length + " characters", body.toString());
                }),
                Combinators.combine(valid, name, SchemaValues.freeText(Integer.MAX_VALUE)).as((body, field, text) -> {
                    body.put(field, text);
                    return Body.json(field + " free text", body.toString());
                }),
                Combinators.combine(valid, name, SchemaValues.times()).as((body, field, time) -> {
                    body.put(field, time.toString());
                    return Body.json(field + " = " + time, body.toString());
                }),
                Combinators.combine(valid, SchemaValues.freeText(40)).as((body, text) -> {
                    body.put("unexpected", text).putArray("also").add(1);
                    return Body.json("unknown fields", body.toString());
                }),
                valid.map(body -> new Body("as text/plain", "text/plain", body.toString())));
    }

    /** A body that is not a JSON object. */
    private static Arbitrary<Body> notAnObject() {
        return Arbitraries.of(NOT_AN_OBJECT);
    }

    private Arbitrary<String> pathValue() {
        if (operation.pathParams().isEmpty()) {
            return Arbitraries.just(null);
        }
        Arbitrary<String> bad = Arbitraries.frequencyOf(Tuple.of(1, SchemaValues.uuids()),
                Tuple.of(1, Arbitraries.of(BAD_PATH_VALUES)));
        if (pathValues.isEmpty()) {
            return bad;
        }
        return Arbitraries.frequencyOf(Tuple.of(7, Arbitraries.of(pathValues)), Tuple.of(3, bad));
    }

    private Arbitrary<String> onBehalfOf() {
        if (!operation.onBehalfOf()) {
            return Arbitraries.just(null);
        }
        List<Tuple.Tuple2<Integer, Arbitrary<String>>> choices = new ArrayList<>();
        choices.add(Tuple.of(7, Arbitraries.just(null)));
        choices.add(Tuple.of(1, Arbitraries.of(BAD_ON_BEHALF_OF)));
        if (!onBehalfOf.isEmpty()) {
            choices.add(Tuple.of(2, Arbitraries.of(onBehalfOf)));
        }
        return Arbitraries.frequencyOf(choices.toArray(Tuple.Tuple2[]::new));
    }

    static String abbreviated(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }

    /** The report's view of a request: what it is, without megabytes of body. */
    static Map<String, String> describe(Request request) {
        Map<String, String> description = new LinkedHashMap<>();
        description.put("kind", request.kind());
        if (request.pathValue() != null) {
            description.put("path value", abbreviated(request.pathValue()));
        }
        if (request.onBehalfOf() != null) {
            description.put("On-Behalf-Of", abbreviated(request.onBehalfOf()));
        }
        if (request.body() != null) {
            String body = request.body();
            description.put("body", body.length() <= 400 ? body : body.substring(0, 397) + "...");
        }
        return description;
    }
}
