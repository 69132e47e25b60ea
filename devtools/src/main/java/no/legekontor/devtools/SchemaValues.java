package no.legekontor.devtools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * jqwik arbitraries for the JSON values an OpenAPI schema allows: objects with their required
 * properties (and some optional ones), strings within their {@code maxLength} and format, numbers
 * within their bounds, enum values. Dates range over every year ISO-8601 can write, because "a
 * date" is all the schema promises. A property whose name the test knows values for (an id that
 * exists, a patient on the clinic's list) mostly gets one of them, so that requests get past the
 * lookups to the code behind.
 */
final class SchemaValues {

    /** Free text sent by {@link HostileRequests} carries this, so an error answer that echoes it is caught. */
    static final String ECHO_MARKER = "~echo~";

    /** Text that must be stored exactly: Norwegian letters, markup, SQL, quotes, other scripts and marks. */
    static final List<String> FRAGMENTS = List.of("æøå ÆØÅ", "<script>alert('x')</script>", "'; drop table x;--",
            "\" OR 1=1 --", "${jndi:ldap://x}", "{{7*7}}", "%s%n", "\\u0000", "Ω≈ç√∫", "Ñoño", "日本語", "مرحبا",
            "\u202Eabc", "a\u200Bb", "\uFEFF", "😀", "line\nbreak", "tab\there", "\u0000", "\u001B[31m", "  ");

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);
    private static final int FREE_TEXT_CAP = 300;

    private final Map<String, List<String>> known;

    SchemaValues(Map<String, List<String>> known) {
        this.known = known;
    }

    Arbitrary<JsonNode> valid(JsonNode schema, String name) {
        List<String> values = name == null ? List.of() : known.getOrDefault(name, List.of());
        Arbitrary<JsonNode> generic = generic(schema);
        if (values.isEmpty()) {
            return generic;
        }
        Arbitrary<JsonNode> knownValue = Arbitraries.of(values).map(SchemaValues::text);
        return Arbitraries.frequencyOf(Tuple.of(8, knownValue), Tuple.of(2, generic));
    }

    private Arbitrary<JsonNode> generic(JsonNode schema) {
        if (schema.has("enum")) {
            List<JsonNode> allowed = new ArrayList<>();
            schema.get("enum").forEach(allowed::add);
            return Arbitraries.of(allowed);
        }
        String type = schema.path("type").asText(schema.has("properties") ? "object" : "string");
        return switch (type) {
            case "object" -> object(schema);
            case "array" -> valid(schema.path("items"), null).list().ofMaxSize(3)
                    .map(items -> (JsonNode) JSON.arrayNode().addAll(items));
            case "integer" -> integer(schema);
            case "number" -> Arbitraries.doubles().between(min(schema, -1e6), max(schema, 1e6))
                    .map(n -> (JsonNode) JSON.numberNode(n));
            case "boolean" -> Arbitraries.of(true, false).map(b -> (JsonNode) JSON.booleanNode(b));
            default -> string(schema);
        };
    }

    /** An object with every required property and, each with some chance, the optional ones. */
    Arbitrary<JsonNode> object(JsonNode schema) {
        List<String> required = new ArrayList<>();
        schema.path("required").forEach(field -> required.add(field.asText()));
        List<String> names = new ArrayList<>();
        List<Arbitrary<JsonNode>> values = new ArrayList<>();
        schema.path("properties").fields().forEachRemaining(property -> {
            names.add(property.getKey());
            Arbitrary<JsonNode> value = valid(property.getValue(), property.getKey());
            values.add(required.contains(property.getKey()) ? value : value.injectNull(0.3));
        });
        if (names.isEmpty()) {
            return Arbitraries.just(JSON.objectNode());
        }
        return Combinators.combine(values).as(generated -> {
            ObjectNode object = JSON.objectNode();
            for (int i = 0; i < names.size(); i++) {
                if (generated.get(i) != null) {
                    object.set(names.get(i), generated.get(i));
                }
            }
            return object;
        });
    }

    private static Arbitrary<JsonNode> integer(JsonNode schema) {
        long low = (long) min(schema, -1_000_000);
        long high = (long) max(schema, 1_000_000);
        return Arbitraries.frequencyOf(
                Tuple.of(8, Arbitraries.longs().between(low, high)),
                Tuple.of(2, Arbitraries.of(low, high))).map(n -> (JsonNode) JSON.numberNode(n));
    }

    private static double min(JsonNode schema, double fallback) {
        return schema.has("minimum") ? schema.get("minimum").asDouble() : fallback;
    }

    private static double max(JsonNode schema, double fallback) {
        return schema.has("maximum") ? schema.get("maximum").asDouble() : fallback;
    }

    private static Arbitrary<JsonNode> string(JsonNode schema) {
        String format = schema.path("format").asText("");
        String pattern = schema.path("pattern").asText("");
        Arbitrary<String> text = switch (format) {
            case "uuid" -> uuids();
            case "date" -> dates().map(LocalDate::toString);
            case "date-time" -> times().map(OffsetDateTime::toString);
            case "email" -> Arbitraries.integers().between(0, 9999).map(n -> "kari." + n + "@example.no");
            default -> patterned(pattern, schema.path("maxLength").asInt(Integer.MAX_VALUE), examples(schema));
        };
        return text.map(SchemaValues::text);
    }

    private static Arbitrary<String> patterned(String pattern, int maxLength, List<String> examples) {
        if (pattern.startsWith("[0-9]") || pattern.equals("^[0-9]{11}$")) {
            return Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(Math.min(maxLength, 11));
        }
        if (pattern.startsWith("\\+")) {
            return Arbitraries.strings().numeric().ofLength(8).map(digits -> "+47" + digits);
        }
        Arbitrary<String> free = freeText(maxLength);
        return examples.isEmpty() ? free
                : Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.of(examples)), Tuple.of(7, free));
    }

    /**
     * Text of up to {@code maxLength} characters (the limit itself included), of letters, digits,
     * the {@link #FRAGMENTS} and the {@link #ECHO_MARKER}; never blank.
     */
    static Arbitrary<String> freeText(int maxLength) {
        int cap = Math.min(maxLength, FREE_TEXT_CAP);
        Arbitrary<String> words = Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.strings().alpha().numeric().withChars("æøåÆØÅ .,!?-").ofMinLength(1)
                        .ofMaxLength(12)),
                Tuple.of(2, Arbitraries.of(FRAGMENTS)),
                Tuple.of(1, Arbitraries.just(ECHO_MARKER)));
        Arbitrary<String> joined = words.list().ofMinSize(1).ofMaxSize(12).map(list -> "x" + String.join(" ", list))
                .map(s -> truncate(s, cap));
        if (maxLength == Integer.MAX_VALUE) {
            return joined;
        }
        Arbitrary<String> exactlyMax = Arbitraries.just("x".repeat(maxLength - 1) + "y");
        return Arbitraries.frequencyOf(Tuple.of(9, joined), Tuple.of(1, exactlyMax));
    }

    /** Cut to at most {@code max} characters without splitting a surrogate pair. */
    static String truncate(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = max;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end);
    }

    static JsonNode text(String value) {
        return JSON.textNode(value);
    }

    private static List<String> examples(JsonNode schema) {
        List<String> examples = new ArrayList<>();
        schema.path("examples").forEach(example -> examples.add(example.asText()));
        return examples;
    }

    static Arbitrary<String> uuids() {
        return Combinators.combine(Arbitraries.longs(), Arbitraries.longs()).as(UUID::new).map(UUID::toString);
    }

    /** Mostly days around today, sometimes the edges of what we take, sometimes ISO-8601's extremes. */
    static Arbitrary<LocalDate> dates() {
        return Arbitraries.frequencyOf(
                Tuple.of(7, Arbitraries.integers().between(-1000, 1000).map(TODAY::plusDays)),
                Tuple.of(3, Arbitraries.of(LocalDate.of(1900, 1, 1), LocalDate.of(2199, 12, 31),
                        LocalDate.of(1899, 12, 31), LocalDate.of(2200, 1, 1), LocalDate.of(1582, 10, 14),
                        LocalDate.of(1, 1, 1), LocalDate.of(0, 1, 1), LocalDate.MIN, LocalDate.MAX,
                        LocalDate.of(9999, 12, 31), LocalDate.of(10000, 1, 1), LocalDate.of(-1, 1, 1))));
    }

    static Arbitrary<OffsetDateTime> times() {
        Arbitrary<ZoneOffset> offsets = Arbitraries.integers().between(-18 * 60, 18 * 60)
                .map(minutes -> ZoneOffset.ofTotalSeconds(minutes * 60));
        return Combinators.combine(dates(), Arbitraries.integers().between(0, 24 * 60 - 1), offsets)
                .as((date, minute, offset) -> date.atTime(minute / 60, minute % 60).atOffset(offset));
    }
}
