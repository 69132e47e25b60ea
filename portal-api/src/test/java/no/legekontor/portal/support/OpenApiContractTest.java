package no.legekontor.portal.support;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import no.legekontor.devtools.OpenApiContract;
import org.junit.jupiter.api.Test;

/**
 * The committed openapi/portal-api.yaml is what the code serves, and every operation follows
 * the API conventions (see {@link OpenApiContract}).
 */
@QuarkusTest
class OpenApiContractTest {

    @Test
    void committedOpenApiDocumentMatchesTheCode() {
        OpenApiContract.assertCommittedMatches("portal-api", served());
    }

    @Test
    void everyOperationFollowsTheConventions() {
        OpenApiContract.assertConventions(served());
    }

    private static String served() {
        return given().queryParam("format", "yaml").get("/q/openapi").then().statusCode(200).extract().asString();
    }
}
