package no.legekontor.support.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.UUID;
import no.legekontor.devtools.OrderThenName;
import no.legekontor.support.testapp.Events;
import no.legekontor.support.testapp.RefusingDeserializer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * A consumer's channel that stops for good (here the connector's deserializer fails, outside any
 * code of ours) turns readiness DOWN and names the channel: the replica no longer consumes, and
 * the latched "partitions assigned" must not hide it. The channel does not come back, so this runs
 * last in the application the module's tests share (devtools' OrderThenName); the test
 * application's deserializer is {@link RefusingDeserializer}, which fails on a marked value only.
 */
@QuarkusTest
@Order(OrderThenName.LAST)
class ChannelFailureTest {

    @Inject
    EventCodec codec;

    @Test
    void aChannelThatStopsTurnsReadinessDownAndNamesIt() {
        await().atMost(Duration.ofSeconds(60)).until(() -> readiness().statusCode() == 200);

        String id = UUID.randomUUID().toString();
        new Events(codec).publishRaw(id, id, "ItemRead", RefusingDeserializer.REFUSED + " no event");

        await().atMost(Duration.ofSeconds(30)).until(() -> readiness().statusCode() == 503);
        assertThat(readiness().body().asString()).contains("test-events").contains("stopped")
                .doesNotContain("refused by the test");
    }

    private static Response readiness() {
        return given().get("/q/health/ready");
    }
}
