package no.legekontor.inbox.support;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import no.legekontor.devtools.OpenApiContract;
import org.junit.jupiter.api.Test;

/**
 * The committed openapi/inbox-service.yaml is what the code serves (see {@link OpenApiContract});
 * {@link OpenApiConventionsTest} checks its conventions without a running service.
 */
@QuarkusTest
class OpenApiContractTest {

    @Test
    void committedOpenApiDocumentMatchesTheCode() {
        OpenApiContract.assertCommittedMatches("inbox-service", served());
    }

    private static String served() {
        return given().queryParam("format", "yaml").get("/q/openapi").then().statusCode(200).extract().asString();
    }
}
