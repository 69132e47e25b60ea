package no.legekontor.support.problem;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Puts the {@link Problem} shape into both services' OpenAPI documents: the schemas {@code Problem}
 * and {@code ProblemFieldError} once, and {@code application/problem+json} with that schema on
 * every 4xx and 5xx response that declares no content of its own; every operation without a 5xx
 * response gets {@code 500 internal-error}. The answers every endpoint shares are declared alike
 * everywhere, with every code the server can give: a secured operation's 401 names
 * {@code unauthorized}, {@code token-expired} and {@code token-invalid}, its 403 also
 * {@code wrong-token-kind}; an operation that takes a body can answer 415
 * {@code unsupported-media-type}, and also {@code 413 body-too-large} (R16: bodies over 64 KB, refused
 * before the endpoint). An endpoint therefore only names its statuses and their
 * problem codes, e.g. {@code @APIResponse(responseCode = "422", description = "`fee-not-accepted`: ...")}.
 * Runs at build time, so the document written to {@code openapi/} has it too.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class ProblemResponses implements OASFilter {

    /** The schema every error answer refers to. */
    public static final String PROBLEM_SCHEMA = "Problem";

    /** One entry of {@link Problem#errors()}. */
    public static final String FIELD_ERROR_SCHEMA = "ProblemFieldError";

    /** What every operation can answer, whether it says so or not. */
    static final String INTERNAL_ERROR = "`internal-error`: an unexpected failure on our side; try again later";

    /** Every secured operation's 401, as the token check answers it. */
    static final String UNAUTHENTICATED = "`unauthorized`: no bearer token; `token-expired`: the token has expired"
            + " (log in again); `token-invalid`: the token is broken, forged, not yet valid, from an issuer not"
            + " trusted here, or issued for another service (its `aud`)";

    /** Added to every secured operation's 403. */
    static final String WRONG_TOKEN_KIND = "`wrong-token-kind`: a valid token for this service, of another kind"
            + " (a clinic system's on a patient endpoint, a patient's on the integration API, staff without a role)";

    /** What an operation that takes a body answers to a body that is not JSON. */
    static final String UNSUPPORTED_MEDIA_TYPE = "`unsupported-media-type`: the body is not `application/json`";

    /** What every operation with a request body can answer (R16). */
    static final String BODY_TOO_LARGE = "`body-too-large`: the request body is over 64 KB";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        Components components = openAPI.getComponents();
        components.addSchema(PROBLEM_SCHEMA, problemSchema());
        components.addSchema(FIELD_ERROR_SCHEMA, fieldErrorSchema());
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (PathItem path : openAPI.getPaths().getPathItems().values()) {
            for (Operation operation : path.getOperations().values()) {
                if (operation.getResponses() == null || operation.getResponses().getAPIResponses() == null) {
                    continue;
                }
                sharedAnswers(operation);
                Map<String, APIResponse> responses = operation.getResponses().getAPIResponses();
                if (responses.keySet().stream().noneMatch(status -> status.startsWith("5"))) {
                    operation.getResponses().addAPIResponse("500",
                            OASFactory.createAPIResponse().description(INTERNAL_ERROR));
                }
                if (operation.getRequestBody() != null && !responses.containsKey("413")) {
                    operation.getResponses().addAPIResponse("413",
                            OASFactory.createAPIResponse().description(BODY_TOO_LARGE));
                }
                for (Map.Entry<String, APIResponse> response : operation.getResponses().getAPIResponses().entrySet()) {
                    if (isError(response.getKey()) && hasNoContent(response.getValue())) {
                        response.getValue().setContent(problemContent());
                    }
                }
            }
        }
    }

    /** The 401, 403 and 415 every such operation shares, each naming all its codes. */
    private static void sharedAnswers(Operation operation) {
        APIResponses responses = operation.getResponses();
        boolean secured = responses.hasAPIResponse("401")
                || (operation.getSecurity() != null && !operation.getSecurity().isEmpty());
        if (secured) {
            if (!responses.hasAPIResponse("401")) {
                responses.addAPIResponse("401", OASFactory.createAPIResponse());
            }
            responses.getAPIResponse("401").setDescription(UNAUTHENTICATED);
            APIResponse forbidden = responses.getAPIResponse("403");
            if (forbidden == null) {
                responses.addAPIResponse("403", OASFactory.createAPIResponse().description(WRONG_TOKEN_KIND));
            } else if (forbidden.getDescription() == null) {
                forbidden.setDescription(WRONG_TOKEN_KIND);
            } else if (!forbidden.getDescription().contains("wrong-token-kind")) {
                forbidden.setDescription(forbidden.getDescription() + "; " + WRONG_TOKEN_KIND);
            }
        }
        if (operation.getRequestBody() != null && !responses.hasAPIResponse("415")) {
            responses.addAPIResponse("415", OASFactory.createAPIResponse().description(UNSUPPORTED_MEDIA_TYPE));
        }
    }

    static Schema problemSchema() {
        return OASFactory.createSchema()
                .addType(SchemaType.OBJECT)
                .description("An error answer (RFC 9457). `type` ends in a stable problem code, e.g. "
                        + "`.../problems/fee-not-accepted`: clients decide on the code, never on `title` or `detail`, "
                        + "which are for people (Norwegian bokmål, English with `Accept-Language: en`). Each "
                        + "response names the codes it can carry.")
                .required(List.of("type", "title", "status"))
                .addProperty("type", string("uri", "URI ending in the problem code")
                        .addExample(Problem.TYPE_BASE + "validation-failed"))
                .addProperty("title", string(null, "Short summary, in the caller's language"))
                .addProperty("status", OASFactory.createSchema().addType(SchemaType.INTEGER).format("int32")
                        .description("The HTTP status").addExample(400))
                .addProperty("detail", string(null, "What happened and what to do, in the caller's language"))
                .addProperty("instance", string("uri-reference", "The request path")
                        .addExample("/api/v1/e-consultations"))
                .addProperty("errors", OASFactory.createSchema().addType(SchemaType.ARRAY)
                        .description("Per field, for `validation-failed` (400) only")
                        .items(OASFactory.createSchema().ref(FIELD_ERROR_SCHEMA)));
    }

    static Schema fieldErrorSchema() {
        return OASFactory.createSchema()
                .addType(SchemaType.OBJECT)
                .description("One invalid field of a `validation-failed` problem")
                .required(List.of("field", "message"))
                .addProperty("field", string(null, "The field's path in the request body, or a parameter or "
                        + "header name").addExample("subject"))
                .addProperty("message", string(null, "What is wrong, in the caller's language"));
    }

    private static Schema string(String format, String description) {
        Schema schema = OASFactory.createSchema().addType(SchemaType.STRING).description(description);
        return format == null ? schema : schema.format(format);
    }

    private static Content problemContent() {
        return OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType()
                .schema(OASFactory.createSchema().ref(PROBLEM_SCHEMA)));
    }

    private static boolean isError(String status) {
        return status.startsWith("4") || status.startsWith("5");
    }

    private static boolean hasNoContent(APIResponse response) {
        return response.getContent() == null || response.getContent().getMediaTypes() == null
                || response.getContent().getMediaTypes().isEmpty();
    }
}
