package no.legekontor.portal.integration;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.tags.Tag;

/**
 * portal-api serves two audiences, each with a contract of its own: the patient API (the web and
 * mobile apps; {@code openapi/portal-api.yaml}, {@code /q/openapi}) and the clinic-system API (the
 * clinics' own systems, EPJ; {@code openapi/portal-api-clinic-system.yaml},
 * {@code /q/openapi-clinic-system}). Both documents are scanned from the same code; these filters
 * keep each one's paths, and the schemas, tags, parameters and security schemes its operations use.
 */
public final class ClinicSystemApi {

    /** Where the clinic-system API lives; everything else of portal-api is the patient API. */
    public static final String PATH_PREFIX = "/api/v1/integration";

    /** The name of its OpenAPI document ({@code quarkus.smallrye-openapi."clinic-system".*}). */
    public static final String DOCUMENT = "clinic-system";

    private ClinicSystemApi() {
    }

    /** The default document: the patient API, without the clinic-system paths. */
    @OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD, documentNames = OpenApiFilter.DEFAULT_DOCUMENT_NAME)
    public static class PatientDocument implements OASFilter {
        @Override
        public void filterOpenAPI(OpenAPI openAPI) {
            keepPaths(openAPI, path -> !path.startsWith(PATH_PREFIX));
        }
    }

    /** The clinic-system document: only its paths. */
    @OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD, documentNames = DOCUMENT)
    public static class ClinicSystemDocument implements OASFilter {
        @Override
        public void filterOpenAPI(OpenAPI openAPI) {
            keepPaths(openAPI, path -> path.startsWith(PATH_PREFIX));
            // A named document takes no servers from the configuration: the same as the patient API's.
            if (openAPI.getServers() == null || openAPI.getServers().isEmpty()) {
                for (String url : ConfigProvider.getConfig().getValues("quarkus.smallrye-openapi.servers", String.class)) {
                    openAPI.addServer(OASFactory.createServer().url(url));
                }
            }
        }
    }

    /** Drops the component schemas that no operation reaches, directly or through other schemas. */
    private static void keepSchemas(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        Deque<Schema> toVisit = new ArrayDeque<>();
        operations(openAPI).forEach(operation -> {
            if (operation.getParameters() != null) {
                operation.getParameters().forEach(parameter -> addIfPresent(toVisit, parameter.getSchema()));
            }
            if (operation.getRequestBody() != null) {
                addContent(toVisit, operation.getRequestBody().getContent());
            }
            if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
                operation.getResponses().getAPIResponses().values()
                        .forEach(response -> addContent(toVisit, response.getContent()));
            }
        });
        if (openAPI.getComponents().getParameters() != null) {
            openAPI.getComponents().getParameters().values().forEach(parameter -> addIfPresent(toVisit, parameter.getSchema()));
        }
        Set<String> used = new HashSet<>();
        while (!toVisit.isEmpty()) {
            Schema schema = toVisit.pop();
            if (schema.getRef() != null) {
                String name = schema.getRef().substring(schema.getRef().lastIndexOf('/') + 1);
                if (used.add(name) && schemas.containsKey(name)) {
                    toVisit.push(schemas.get(name));
                }
            }
            if (schema.getProperties() != null) {
                schema.getProperties().values().forEach(toVisit::push);
            }
            addIfPresent(toVisit, schema.getItems());
            addIfPresent(toVisit, schema.getAdditionalPropertiesSchema());
            for (List<Schema> parts : Arrays.asList(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())) {
                if (parts != null) {
                    parts.forEach(toVisit::push);
                }
            }
        }
        for (String name : List.copyOf(schemas.keySet())) {
            if (!used.contains(name)) {
                openAPI.getComponents().removeSchema(name);
            }
        }
    }

    /** Every operation of every path the document keeps. */
    private static Stream<Operation> operations(OpenAPI openAPI) {
        return openAPI.getPaths().getPathItems().values().stream()
                .flatMap(item -> item.getOperations().values().stream());
    }

    private static void addContent(Deque<Schema> toVisit, Content content) {
        if (content != null && content.getMediaTypes() != null) {
            content.getMediaTypes().values().forEach(media -> addIfPresent(toVisit, media.getSchema()));
        }
    }

    private static void addIfPresent(Deque<Schema> toVisit, Schema schema) {
        if (schema != null) {
            toVisit.push(schema);
        }
    }

    private static void keepPaths(OpenAPI openAPI, Predicate<String> keep) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (String path : List.copyOf(openAPI.getPaths().getPathItems().keySet())) {
            if (!keep.test(path)) {
                openAPI.getPaths().removePathItem(path);
            }
        }
        List<String> used = operations(openAPI)
                .flatMap(operation -> operation.getTags() == null ? Stream.empty()
                        : operation.getTags().stream())
                .distinct().toList();
        if (openAPI.getTags() != null) {
            for (Tag tag : List.copyOf(openAPI.getTags())) {
                if (!used.contains(tag.getName())) {
                    openAPI.removeTag(tag);
                }
            }
        }
        Set<String> schemes = operations(openAPI)
                .filter(operation -> operation.getSecurity() != null)
                .flatMap(operation -> operation.getSecurity().stream())
                .flatMap(requirement -> requirement.getSchemes().keySet().stream())
                .collect(Collectors.toSet());
        keepSchemas(openAPI);
        Set<String> parameters = operations(openAPI)
                .filter(operation -> operation.getParameters() != null)
                .flatMap(operation -> operation.getParameters().stream())
                .filter(parameter -> parameter.getRef() != null)
                .map(parameter -> parameter.getRef().substring(parameter.getRef().lastIndexOf('/') + 1))
                .collect(Collectors.toSet());
        if (openAPI.getComponents() != null && openAPI.getComponents().getParameters() != null) {
            for (String parameter : List.copyOf(openAPI.getComponents().getParameters().keySet())) {
                if (!parameters.contains(parameter)) {
                    openAPI.getComponents().removeParameter(parameter);
                }
            }
            if (openAPI.getComponents().getParameters().isEmpty()) {
                openAPI.getComponents().setParameters(null);
            }
        }
        if (openAPI.getComponents() != null && openAPI.getComponents().getSecuritySchemes() != null) {
            for (String scheme : List.copyOf(openAPI.getComponents().getSecuritySchemes().keySet())) {
                if (!schemes.contains(scheme)) {
                    openAPI.getComponents().removeSecurityScheme(scheme);
                }
            }
        }
    }
}
