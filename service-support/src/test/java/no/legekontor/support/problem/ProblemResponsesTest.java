package no.legekontor.support.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.junit.jupiter.api.Test;

class ProblemResponsesTest {

    @Test
    void problemSchemasHaveTheFieldsOfTheRecordsTheMappersWrite() {
        assertThat(ProblemResponses.problemSchema().getProperties()).containsOnlyKeys(names(Problem.class));
        assertThat(ProblemResponses.fieldErrorSchema().getProperties())
                .containsOnlyKeys(names(Problem.FieldError.class));
    }

    @Test
    void errorResponsesWithoutContentAnswerProblemJson() {
        APIResponse ok = OASFactory.createAPIResponse().description("The thing");
        APIResponse notFound = OASFactory.createAPIResponse().description("`not-found`");
        APIResponse ownContent = OASFactory.createAPIResponse().description("special").content(
                OASFactory.createContent().addMediaType("text/plain", OASFactory.createMediaType()));
        APIResponses responses = OASFactory.createAPIResponses().addAPIResponse("200", ok)
                .addAPIResponse("404", notFound).addAPIResponse("503", ownContent);
        OpenAPI openAPI = OASFactory.createOpenAPI().paths(OASFactory.createPaths().addPathItem("/things/{id}",
                OASFactory.createPathItem().GET(OASFactory.createOperation().responses(responses))));

        new ProblemResponses().filterOpenAPI(openAPI);

        assertThat(openAPI.getComponents().getSchemas()).containsKeys("Problem", "ProblemFieldError");
        assertThat(notFound.getContent().getMediaType("application/problem+json").getSchema().getRef())
                .isEqualTo("#/components/schemas/Problem");
        assertThat(ok.getContent()).isNull();
        assertThat(ownContent.getContent().getMediaTypes()).containsOnlyKeys("text/plain");
        assertThat(responses.getAPIResponses()).doesNotContainKey("500");
    }

    @Test
    void operationWithoutA5xxResponseCanAnswerInternalError() {
        APIResponses responses = OASFactory.createAPIResponses()
                .addAPIResponse("200", OASFactory.createAPIResponse().description("The thing"));
        OpenAPI openAPI = OASFactory.createOpenAPI().paths(OASFactory.createPaths().addPathItem("/things",
                OASFactory.createPathItem().GET(OASFactory.createOperation().responses(responses))));

        new ProblemResponses().filterOpenAPI(openAPI);

        assertThat(responses.getAPIResponse("500").getDescription()).startsWith("`internal-error`");
        assertThat(responses.getAPIResponse("500").getContent().getMediaType("application/problem+json")).isNotNull();
    }

    @Test
    void aSecuredOperationDeclaresEveryTokenCodeAndABodyOneUnsupportedMediaType() {
        APIResponses responses = OASFactory.createAPIResponses()
                .addAPIResponse("201", OASFactory.createAPIResponse().description("Created"))
                .addAPIResponse("401", OASFactory.createAPIResponse().description("`unauthorized`: no valid token"))
                .addAPIResponse("403", OASFactory.createAPIResponse().description("`full-access-required`: ..."));
        OpenAPI openAPI = OASFactory.createOpenAPI().paths(OASFactory.createPaths().addPathItem("/things",
                OASFactory.createPathItem().POST(OASFactory.createOperation().responses(responses)
                        .requestBody(OASFactory.createRequestBody()))));

        new ProblemResponses().filterOpenAPI(openAPI);

        assertThat(responses.getAPIResponse("401").getDescription())
                .contains("`unauthorized`", "`token-expired`", "`token-invalid`");
        assertThat(responses.getAPIResponse("403").getDescription())
                .startsWith("`full-access-required`").contains("`wrong-token-kind`");
        assertThat(responses.getAPIResponse("415").getDescription()).startsWith("`unsupported-media-type`");
        assertThat(responses.getAPIResponse("415").getContent().getMediaType("application/problem+json")).isNotNull();
    }

    @Test
    void anOpenReadGetsNoTokenOrMediaTypeAnswers() {
        APIResponses responses = OASFactory.createAPIResponses()
                .addAPIResponse("200", OASFactory.createAPIResponse().description("The thing"));
        OpenAPI openAPI = OASFactory.createOpenAPI().paths(OASFactory.createPaths().addPathItem("/things",
                OASFactory.createPathItem().GET(OASFactory.createOperation().responses(responses))));

        new ProblemResponses().filterOpenAPI(openAPI);

        assertThat(responses.getAPIResponses()).containsOnlyKeys("200", "500");
    }

    private static String[] names(Class<? extends Record> type) {
        return Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toArray(String[]::new);
    }
}
