package no.legekontor.support.contract;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Declares the {@code Location} header, required, on every 201 response of both services' documents:
 * every operation that creates answers it ({@code Response.created(...)}), and a client follows it
 * rather than building the URL itself. Runs at build time, so the document written to
 * {@code openapi/} has it too; devtools' {@code ContractFilter} then fails a 201 without it.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class CreatedLocation implements OASFilter {

    /** The header a 201 names the created resource with. */
    public static final String LOCATION = "Location";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().values().forEach(path -> path.getOperations().values().forEach(operation -> {
            APIResponse created = operation.getResponses() == null ? null : operation.getResponses().getAPIResponse("201");
            if (created != null && (created.getHeaders() == null || !created.getHeaders().containsKey(LOCATION))) {
                created.addHeader(LOCATION, OASFactory.createHeader()
                        .description("The URL of what was created")
                        .required(true)
                        .schema(OASFactory.createSchema().addType(SchemaType.STRING).format("uri-reference")));
            }
        }));
    }
}
