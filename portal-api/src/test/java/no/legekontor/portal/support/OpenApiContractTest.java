package no.legekontor.portal.support;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import no.legekontor.devtools.ApiOperations;
import no.legekontor.devtools.OpenApiContract;
import no.legekontor.portal.integration.ClinicSystemApi;
import org.junit.jupiter.api.Test;

/**
 * The committed contracts are what the code serves, openapi/portal-api.yaml (the patient API, at
 * /q/openapi) and openapi/portal-api-clinic-system.yaml (at /q/openapi-clinic-system), each holds
 * only its audience's paths, and every operation follows the API conventions (see {@link OpenApiContract}).
 */
@QuarkusTest
class OpenApiContractTest {

    private static final String CLINIC_SYSTEM = "/q/openapi-clinic-system";

    @Test
    void committedOpenApiDocumentMatchesTheCode() {
        OpenApiContract.assertCommittedMatches("portal-api", served());
    }

    @Test
    void committedClinicSystemDocumentMatchesTheCode() {
        OpenApiContract.assertCommittedMatches("portal-api-clinic-system", served(CLINIC_SYSTEM));
    }

    @Test
    void everyOperationFollowsTheConventions() {
        OpenApiContract.assertConventions(served());
        OpenApiContract.assertConventions(served(CLINIC_SYSTEM));
    }

    @Test
    void eachContractHoldsOnlyItsAudiencesPaths() {
        assertThat(ApiOperations.of("portal-api")).isNotEmpty()
                .allSatisfy(operation -> assertThat(operation.path()).doesNotStartWith(ClinicSystemApi.PATH_PREFIX));
        assertThat(ApiOperations.of("portal-api-clinic-system")).isNotEmpty()
                .allSatisfy(operation -> assertThat(operation.path()).startsWith(ClinicSystemApi.PATH_PREFIX));
    }

    private static String served() {
        return served("/q/openapi");
    }

    private static String served(String path) {
        return given().queryParam("format", "yaml").get(path).then().statusCode(200).extract().asString();
    }
}
