package no.legekontor.portal.hostile;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import org.junit.jupiter.api.Test;

/**
 * Metrics and health are for the platform, not for the internet: they answer on the management
 * port only (quarkus.management.port), and the public port answers them 404 like any unknown path.
 */
@QuarkusTest
class ManagementInterfaceTest {

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
}
