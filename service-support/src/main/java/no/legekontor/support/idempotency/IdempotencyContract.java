package no.legekontor.support.idempotency;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import no.legekontor.support.problem.Problem;
import no.legekontor.support.problem.ProblemResponses;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Declares the {@code Idempotency-Key} header on every operation that creates (one that can answer
 * 201, which is what {@link Idempotent} marks), with the 409 {@code idempotency-key-in-use} and 422
 * {@code idempotency-key-reused} it can answer. Runs at build time, so the document written to
 * {@code openapi/} has it too.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD, priority = IdempotencyContract.PRIORITY)
public class IdempotencyContract implements OASFilter {

    static final String PARAMETER = "IdempotencyKey";

    /**
     * After the other filters (default priority 1, run first): filters of one priority run in no
     * fixed order from one build to the next, and the order in which they add parameters and answers
     * is the order the written documents, and the clients generated from them, list them.
     */
    static final int PRIORITY = 0;

    static final String IN_USE = "`idempotency-key-in-use`: a request with this Idempotency-Key is still running;"
            + " try again in a moment with the same key";

    static final String REUSED = "`idempotency-key-reused`: this Idempotency-Key was used for another request"
            + " (another body or operation) within 24 hours; a new request needs a new key";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        boolean used = false;
        for (PathItem path : openAPI.getPaths().getPathItems().values()) {
            for (Operation operation : path.getOperations().values()) {
                APIResponses responses = operation.getResponses();
                if (responses == null || !responses.hasAPIResponse("201")) {
                    continue;
                }
                operation.addParameter(OASFactory.createParameter().ref(PARAMETER));
                answers(responses, "409", IN_USE);
                answers(responses, "422", REUSED);
                used = true;
            }
        }
        if (used) {
            if (openAPI.getComponents() == null) {
                openAPI.setComponents(OASFactory.createComponents());
            }
            openAPI.getComponents().addParameter(PARAMETER, header());
        }
    }

    private static void answers(APIResponses responses, String status, String code) {
        APIResponse response = responses.getAPIResponse(status);
        if (response == null) {
            responses.addAPIResponse(status, OASFactory.createAPIResponse().description(code)
                    .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType()
                            .schema(OASFactory.createSchema().ref(ProblemResponses.PROBLEM_SCHEMA)))));
        } else if (response.getDescription() == null || response.getDescription().isBlank()) {
            response.setDescription(code);
        } else if (!response.getDescription().contains(code.substring(0, code.indexOf(':')))) {
            response.setDescription(response.getDescription() + "; " + code);
        }
    }

    private static Parameter header() {
        return OASFactory.createParameter().name(IdempotencyInterceptor.HEADER).in(Parameter.In.HEADER).required(false)
                .description("Makes a retry safe (draft-ietf-httpapi-idempotency-key-header): a unique value per "
                        + "request, e.g. a new UUID, sent again unchanged with each retry of that request. The same "
                        + "key and request within 24 hours answer the first answer again (status, body, Location) "
                        + "and change nothing; the same key with another body or operation → 422 "
                        + "`idempotency-key-reused`; while the first is still running → 409 `idempotency-key-in-use`. "
                        + "Keys are per caller (a guardian's per child). A request that failed keeps no key. "
                        + "Quoted (`\"...\"`, as the draft writes it) or not; 1-255 visible ASCII characters, else "
                        + "400 `validation-failed`.")
                .schema(OASFactory.createSchema().addType(SchemaType.STRING).minLength(1).maxLength(IdempotencyInterceptor.MAX_LENGTH + 2)
                        .addExample("\"8e03978e-40d5-43e8-bc93-6894a57f9324\""));
    }
}
