package no.legekontor.support.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import no.legekontor.support.testapp.Events;
import no.legekontor.support.testapp.RefusingDeserializer;
import org.junit.jupiter.api.Test;

/**
 * A consumer's channel that stops for good (here the connector's deserializer fails, outside any
 * code of ours) turns readiness DOWN and names the channel: the replica no longer consumes, and
 * the latched "partitions assigned" must not hide it. Its own application (a test profile): the
 * channel does not come back.
 */
@QuarkusTest
@TestProfile(ChannelFailureTest.RefusingValues.class)
class ChannelFailureTest {

    /** The test application with a value deserializer that fails on a marked value. */
    public static class RefusingValues implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("mp.messaging.incoming.test-events.value.deserializer", RefusingDeserializer.class.getName());
        }
    }

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
