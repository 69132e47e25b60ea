package no.legekontor.inbox.support;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The committed contract in openapi/ is what the code serves. Clinic systems integrate against the
 * committed file; when this fails, rebuild (./portal build writes the file) and commit the change.
 */
@QuarkusTest
class OpenApiContractTest {

    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    static final Path COMMITTED = Path.of("..", "openapi", "inbox-service.yaml");

    @Test
    void committedOpenApiDocumentMatchesTheCode() throws IOException {
        String served = given().queryParam("format", "yaml").get("/q/openapi").then().statusCode(200)
                .extract().asString();
        // Kept for a diff when the two disagree: diff openapi/<service>.yaml target/openapi-served.yaml
        Files.writeString(Path.of("target", "openapi-served.yaml"), served);
        assertThat(Files.exists(COMMITTED)).as(COMMITTED + " is committed").isTrue();
        // Compared as documents, not text: the generator's key order differs between build and runtime.
        assertThat(YAML.readTree(served)).as("openapi/inbox-service.yaml is out of date: run ./portal build and commit it")
                .isEqualTo(YAML.readTree(Files.readString(COMMITTED)));
    }
}
