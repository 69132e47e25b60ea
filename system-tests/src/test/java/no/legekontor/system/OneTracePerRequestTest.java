package no.legekontor.system;

import static io.restassured.RestAssured.given;
import static no.legekontor.devtools.Demo.KARI;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import no.legekontor.devtools.Demo;
import no.legekontor.devtools.DevTokens;
import no.legekontor.system.OtlpCollector.ReceivedSpan;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * One trace per request across both services, as a tracing backend sees it: both processes export
 * their spans to an OTLP receiver (a collector's stand-in), and the spans of the patient's
 * request, from her POST through inbox-service's intake to the receipt applied on her side, form
 * one trace, each span the child of the one before; the GP's reply is a request of its own, whose
 * trace goes on to the reply applied to her conversation.
 */
@Tag("stack")
class OneTracePerRequestTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Test
    void thePatientsPostAndTheGpsReplyAreEachOneTraceAcrossBothServices() {
        try (OtlpCollector collector = new OtlpCollector()) {
            RunningSystem system = RunningSystem.tracedTo(collector.endpoint());
            try {
                String patient = DevTokens.patient(KARI);
                String conversationId = call(system.portal.baseUrl(), patient)
                        .body(Map.of("subject", "Utslett", "body", "Kløende utslett i to uker.", "acceptFee", true,
                                "confirmNotUrgent", true))
                        .post("/api/v1/e-consultations").then().statusCode(201).extract().path("id");
                awaitStatus(system, patient, conversationId, "RECEIVED");
                String itemId = call(system.inbox.baseUrl(), Demo.liseBergToken())
                        .queryParam("conversationId", conversationId).get("/api/v1/inbox").then().statusCode(200)
                        .extract().path("items[0].id");
                call(system.inbox.baseUrl(), Demo.liseBergToken()).body(Map.of("body", "Bruk fuktighetskrem."))
                        .post("/api/v1/inbox/" + itemId + "/replies").then().statusCode(201);
                awaitStatus(system, patient, conversationId, "ANSWERED");

                ReceivedSpan post = awaitSpan(collector, span -> "portal-api".equals(span.service())
                        && span.kind() == ReceivedSpan.SERVER && span.name().endsWith("/api/v1/e-consultations"));
                ReceivedSpan intake = awaitSpan(collector, span -> "inbox-service".equals(span.service())
                        && span.kind() == ReceivedSpan.CONSUMER && span.name().endsWith(" RequestSubmitted"));
                ReceivedSpan receipt = awaitSpan(collector, span -> "portal-api".equals(span.service())
                        && span.kind() == ReceivedSpan.CONSUMER && span.name().endsWith(" RequestReceived"));
                assertThat(List.of(intake.traceId(), receipt.traceId())).as("the patient's trace")
                        .containsOnly(post.traceId());
                assertThat(intake.parentSpanId()).isEqualTo(post.spanId());
                assertThat(receipt.parentSpanId()).isEqualTo(intake.spanId());

                ReceivedSpan reply = awaitSpan(collector, span -> "inbox-service".equals(span.service())
                        && span.kind() == ReceivedSpan.SERVER && span.name().endsWith("/replies"));
                ReceivedSpan answered = awaitSpan(collector, span -> "portal-api".equals(span.service())
                        && span.kind() == ReceivedSpan.CONSUMER && span.name().endsWith(" ReplyPosted"));
                assertThat(reply.traceId()).as("the GP's request is a trace of its own").isNotEqualTo(post.traceId());
                assertThat(answered.traceId()).isEqualTo(reply.traceId());
                assertThat(answered.parentSpanId()).isEqualTo(reply.spanId());
            } finally {
                system.stop();
            }
        }
    }

    private static RequestSpecification call(String baseUrl, String token) {
        return given().baseUri(baseUrl).auth().oauth2(token).contentType(ContentType.JSON);
    }

    private static void awaitStatus(RunningSystem system, String token, String conversationId, String status) {
        await().atMost(PATIENCE).untilAsserted(() -> call(system.portal.baseUrl(), token)
                .get("/api/v1/conversations/" + conversationId).then().body("status", equalTo(status)));
    }

    private static ReceivedSpan awaitSpan(OtlpCollector collector, Predicate<ReceivedSpan> which) {
        return await().atMost(PATIENCE).until(() -> collector.spans().stream().filter(which).findFirst(),
                Optional::isPresent).orElseThrow();
    }
}
