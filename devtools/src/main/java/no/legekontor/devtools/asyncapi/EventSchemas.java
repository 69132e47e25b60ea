package no.legekontor.devtools.asyncapi;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.victools.jsonschema.generator.FieldScope;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaBuilder;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import no.legekontor.shared.event.Nullable;

/**
 * JSON Schemas (draft 07, which AsyncAPI's schema format extends) of shared-model's event records,
 * generated from the records themselves (victools' jsonschema-generator), so that the AsyncAPI
 * document cannot drift from what the services write.
 *
 * <p>What the services' Jackson writes: every record component, by its name, in declared order;
 * enums by name; {@code UUID}, {@code LocalDate} and {@code OffsetDateTime} as strings of formats
 * {@code uuid}, {@code date} and {@code date-time}. A component marked {@link Nullable} may be
 * {@code null} (or absent, from a release before it); every other one is required and never null.
 */
final class EventSchemas {

    /** Where the schemas live in the document; every {@code $ref} points there. */
    static final String COMPONENTS = "components/schemas";

    private final SchemaBuilder builder;

    /** @param docs the records' Javadoc: each type's and field's description */
    EventSchemas(RecordDocs docs) {
        SchemaGeneratorConfigBuilder config = new SchemaGeneratorConfigBuilder(SchemaVersion.DRAFT_7,
                OptionPreset.PLAIN_JSON)
                .with(Option.EXTRA_OPEN_API_FORMAT_VALUES, Option.PLAIN_DEFINITION_KEYS,
                        Option.DEFINITIONS_FOR_ALL_OBJECTS)
                .without(Option.SCHEMA_VERSION_INDICATOR, Option.NONSTATIC_NONVOID_NONGETTER_METHODS);
        config.forFields()
                .withRequiredCheck(field -> !nullable(field))
                .withNullableCheck(EventSchemas::nullable)
                .withDescriptionResolver(field -> !field.isFakeContainerItemScope()
                        && ours(field.getDeclaringType().getErasedType())
                        ? docs.component(field.getDeclaringType().getErasedType(), field.getName()) : null);
        config.forTypesInGeneral().withDescriptionResolver(scope -> ours(scope.getType().getErasedType())
                ? docs.type(scope.getType().getErasedType()) : null);
        // Declared order, as Jackson writes a record (a stable sort that keeps every pair as it is).
        config.forTypesInGeneral().withPropertySorter((a, b) -> 0)
                .withDefinitionNamingStrategy((key, context) -> name(key.getType().getErasedType()));
        builder = new SchemaGenerator(config.build()).buildMultipleSchemaDefinitions();
    }

    /**
     * A {@code $ref} to the schema of {@code type}, whose definition {@link #components()} then holds.
     * The node is filled in by {@link #components()}: put it into the document as it is.
     */
    ObjectNode reference(Class<?> type) {
        return builder.createSchemaReference(type);
    }

    /** The definitions of every type referenced so far and of the types they use; call once, last. */
    ObjectNode components() {
        return builder.collectDefinitions(COMPONENTS);
    }

    /** A nested record by its outer record's name and its own: {@code RequestSubmitted.Person}. */
    private static String name(Class<?> type) {
        return type.getEnclosingClass() == null ? type.getSimpleName()
                : name(type.getEnclosingClass()) + "." + type.getSimpleName();
    }

    /** shared-model's own types, whose sources {@link RecordDocs} reads (not the JDK's). */
    private static boolean ours(Class<?> type) {
        return type.getName().startsWith("no.legekontor.shared.");
    }

    private static boolean nullable(FieldScope field) {
        return field.getAnnotationConsideringFieldAndGetter(Nullable.class) != null;
    }
}
