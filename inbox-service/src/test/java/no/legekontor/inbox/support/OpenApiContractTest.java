package no.legekontor.inbox.support;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import no.legekontor.devtools.OpenApiContract;
import org.junit.jupiter.api.Test;

/** The committed openapi/inbox-service.yaml is what the code serves (see {@link OpenApiContract}). */
@QuarkusTest
class OpenApiContractTest {

    @Test
    void committedOpenApiDocumentMatchesTheCode() {
        String served = given().queryParam("format", "yaml").get("/q/openapi").then().statusCode(200)
                .extract().asString();
        OpenApiContract.assertCommittedMatches("inbox-service", served);
    }
}
