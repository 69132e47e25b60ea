package no.legekontor.devtools;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;

import io.quarkus.test.common.http.TestHTTPResource;
import java.net.URL;
import org.junit.jupiter.api.Test;

/**
 * Metrics and health are for the platform, not for the internet: they answer on the management
 * port only (quarkus.management.port), and the public port answers them 404 like any unknown path.
 * The OpenAPI document is the public contract and stays on the public port. Each service's
 * {@code @QuarkusTest} subclass runs these checks against itself.
 */
public abstract class ManagementInterfaceChecks {

    @TestHTTPResource(value = "metrics", management = true)
    URL metrics;

    @TestHTTPResource(value = "health/ready", management = true)
    URL readiness;

    @Test
    void metricsAreNotOnThePublicPort() {
        given().get("/q/metrics").then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("type", endsWith("/not-found"));
    }

    @Test
    void healthIsNotOnThePublicPort() {
        given().get("/q/health/ready").then().statusCode(404);
    }

    @Test
    void metricsAndReadinessAnswerOnTheManagementPort() {
        given().get(metrics).then().statusCode(200).body(containsString("outbox_published_total"));
        given().get(readiness).then().statusCode(200).body(containsString("UP"));
    }

    @Test
    void theOpenApiDocumentAndSwaggerUiStayOnThePublicPort() {
        given().get("/q/openapi").then().statusCode(200);
        given().get("/q/swagger-ui/").then().statusCode(200);
    }
}
