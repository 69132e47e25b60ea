package no.legekontor.portal.support;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import no.legekontor.devtools.OpenApiContract;
import org.junit.jupiter.api.Test;

/**
 * The committed openapi/portal-api.yaml is what the code serves (see {@link OpenApiContract});
 * {@link OpenApiConventionsTest} checks its conventions without a running service.
 */
@QuarkusTest
class OpenApiContractTest {

    @Test
    void committedOpenApiDocumentMatchesTheCode() {
        OpenApiContract.assertCommittedMatches("portal-api", served());
    }

    private static String served() {
        return given().queryParam("format", "yaml").get("/q/openapi").then().statusCode(200).extract().asString();
    }
}
