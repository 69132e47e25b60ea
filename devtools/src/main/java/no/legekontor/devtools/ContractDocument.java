package no.legekontor.devtools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.oas.OpenApi31;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * One committed OpenAPI 3.1 document ({@code openapi/<name>.yaml}) as {@link ContractFilter} reads
 * it: which operation a request path hits, and the JSON Schema (2020-12, the OpenAPI 3.1 dialect)
 * at a place in the document, which validates a body.
 */
final class ContractDocument {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
            builder -> builder.metaSchema(OpenApi31.getInstance())
                    .defaultMetaSchemaIri(OpenApi31.getInstance().getIri()));

    /** Formats are checked too: a client parses a {@code date-time} or {@code uuid} as one. */
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true)
            .pathType(PathType.JSON_PATH)
            .build();

    final String name;
    private final String location;
    private final JsonNode document;
    private final List<Template> templates = new ArrayList<>();
    private final Map<String, JsonSchema> schemas = new ConcurrentHashMap<>();

    /** An operation of the document: its path template, method and description ({@code operation}). */
    record Operation(ContractDocument document, String template, String method, JsonNode operation) {

        /** The JSON pointer of this operation in its document, to which {@code suffix} is appended. */
        String pointer(String... suffix) {
            StringBuilder pointer = new StringBuilder("/paths/").append(escape(template)).append('/').append(method);
            for (String part : suffix) {
                pointer.append('/').append(escape(part));
            }
            return pointer.toString();
        }

        @Override
        public String toString() {
            return method.toUpperCase() + " " + template + " (" + operation.path("operationId").asText("?")
                    + " in openapi/" + document.name + ".yaml)";
        }
    }

    private record Template(String template, Pattern pattern, int parameters) {
    }

    private ContractDocument(String name, Path file) {
        this.name = name;
        this.location = file.toAbsolutePath().normalize().toUri().toString();
        try {
            this.document = YAML.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(file + " is not readable: run ./portal build", e);
        }
        document.path("paths").fieldNames().forEachRemaining(template -> templates.add(new Template(template,
                Pattern.compile(template.replaceAll("\\{[^}]+}", "[^/]+")), template.split("\\{").length - 1)));
        // A literal segment wins over a parameter: /appointments/slots is not /appointments/{id}.
        templates.sort(Comparator.comparingInt(Template::parameters));
    }

    /** The committed document of {@code name}, e.g. {@code portal-api}, beside the module's directory. */
    static ContractDocument committed(String name) {
        return new ContractDocument(name, Path.of("..", "openapi", name + ".yaml"));
    }

    /** Whether a path template of this document matches the request path (its path template, if so). */
    Optional<String> template(String path) {
        return templates.stream().filter(t -> t.pattern.matcher(path).matches()).map(Template::template).findFirst();
    }

    /** The operation of {@code method} (lower case) on the path template, if the document declares it. */
    Optional<Operation> operation(String template, String method) {
        JsonNode operation = document.path("paths").path(template).path(method);
        return operation.isObject() ? Optional.of(new Operation(this, template, method, operation)) : Optional.empty();
    }

    /** The messages of the schema at {@code pointer} about {@code value}: empty when it conforms. */
    List<String> violations(String pointer, JsonNode value) {
        JsonSchema schema = schemas.computeIfAbsent(pointer,
                p -> SCHEMAS.getSchema(SchemaLocation.of(location + "#" + p), CONFIG));
        return schema.validate(value).stream().map(ValidationMessage::getMessage).sorted().toList();
    }

    /** Escapes a JSON pointer segment (RFC 6901). */
    static String escape(String segment) {
        return segment.replace("~", "~0").replace("/", "~1");
    }
}
