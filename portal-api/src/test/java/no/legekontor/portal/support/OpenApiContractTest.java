package no.legekontor.portal.support;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import no.legekontor.devtools.OpenApiContract;
import org.junit.jupiter.api.Test;

/**
 * The committed contracts are what the code serves: openapi/portal-api.yaml (the patient API, at
 * /q/openapi) and openapi/portal-api-clinic-system.yaml (at /q/openapi-clinic-system) (see
 * {@link OpenApiContract}); {@link OpenApiConventionsTest} checks their conventions and audiences
 * without a running service.
 */
@QuarkusTest
class OpenApiContractTest {

    @Test
    void committedOpenApiDocumentMatchesTheCode() {
        OpenApiContract.assertCommittedMatches("portal-api", served("/q/openapi"));
    }

    @Test
    void committedClinicSystemDocumentMatchesTheCode() {
        OpenApiContract.assertCommittedMatches("portal-api-clinic-system", served("/q/openapi-clinic-system"));
    }

    private static String served(String path) {
        return given().queryParam("format", "yaml").get(path).then().statusCode(200).extract().asString();
    }
}
