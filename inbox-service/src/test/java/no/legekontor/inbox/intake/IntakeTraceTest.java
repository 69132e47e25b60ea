package no.legekontor.inbox.intake;

import static io.restassured.RestAssured.given;
import static no.legekontor.devtools.Demo.liseBergToken;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import no.legekontor.devtools.Demo;
import no.legekontor.devtools.TopicClient;
import no.legekontor.inbox.support.PortalSide;
import no.legekontor.shared.event.EventEnvelope;
import no.legekontor.shared.event.RequestSubmitted;
import no.legekontor.shared.event.Topics;
import no.legekontor.support.messaging.EventCodec;
import org.junit.jupiter.api.Test;

/**
 * The inbox's part of one trace per request: the intake of a patient's request continues the
 * trace its record carries, and so does the receipt it sends back; a staff member's reply is a
 * request of its own, whose trace its event carries to the portal.
 */
@QuarkusTest
class IntakeTraceTest {

    private static final AttributeKey<String> MESSAGE_ID = AttributeKey.stringKey("messaging.message.id");

    @Inject
    EventCodec codec;

    @Inject
    InMemorySpanExporter spans;

    @Test
    void theIntakeAndItsReceiptContinueThePatientsTraceAndTheReplyCarriesItsOwn() {
        PortalSide portal = new PortalSide(codec);
        RequestSubmitted request = PortalSide.econsultation();
        EventEnvelope submitted = portal.envelope(request, Demo.DEMO_CLINIC);
        String patientsTrace = UUID.randomUUID().toString().replace("-", "");
        String portalSpan = patientsTrace.substring(16);
        portal.publish(submitted, "00-" + patientsTrace + "-" + portalSpan + "-01");

        TopicClient.Received receipt = portal.inboxEvents(ofType(request.conversationId(), "RequestReceived"), 1)
                .get(0);
        assertThat(traceIdOf(receipt)).as("the receipt's trace").isEqualTo(patientsTrace);
        SpanData intake = await().atMost(Duration.ofSeconds(30))
                .until(() -> spanOf(submitted.id()), Optional::isPresent).orElseThrow();
        assertThat(intake.getKind()).isEqualTo(SpanKind.CONSUMER);
        assertThat(intake.getTraceId()).isEqualTo(patientsTrace);
        assertThat(intake.getParentSpanId()).isEqualTo(portalSpan);
        assertThat(spanIdOf(receipt)).as("the receipt was written in the intake's span").isEqualTo(intake.getSpanId());

        String itemId = given().auth().oauth2(liseBergToken()).accept(ContentType.JSON)
                .queryParam("conversationId", request.conversationId()).get("/api/v1/inbox")
                .then().statusCode(200).extract().path("items[0].id");
        given().auth().oauth2(liseBergToken()).contentType(ContentType.JSON)
                .body("{\"body\":\"Bruk fuktighetskrem.\"}")
                .post("/api/v1/inbox/" + itemId + "/replies").then().statusCode(201);

        TopicClient.Received reply = portal.inboxEvents(ofType(request.conversationId(), "ReplyPosted"), 1).get(0);
        String repliesTrace = traceIdOf(reply);
        assertThat(repliesTrace).as("the staff's request is a trace of its own").isNotEqualTo(patientsTrace);
        SpanData replyRequest = await().atMost(Duration.ofSeconds(30)).until(() -> spans.getFinishedSpanItems()
                .stream().filter(span -> span.getTraceId().equals(repliesTrace) && span.getKind() == SpanKind.SERVER)
                .findFirst(), Optional::isPresent).orElseThrow();
        assertThat(replyRequest.getName()).contains("/replies");
        assertThat(spanIdOf(reply)).isEqualTo(replyRequest.getSpanId());
    }

    private static Predicate<TopicClient.Received> ofType(UUID conversationId, String type) {
        return r -> conversationId.toString().equals(r.key()) && type.equals(r.headers().get(Topics.HEADER_EVENT_TYPE));
    }

    private static String traceIdOf(TopicClient.Received record) {
        return traceparentOf(record).split("-")[1];
    }

    private static String spanIdOf(TopicClient.Received record) {
        return traceparentOf(record).split("-")[2];
    }

    private static String traceparentOf(TopicClient.Received record) {
        String traceparent = record.headers().get(Topics.HEADER_TRACEPARENT);
        assertThat(traceparent).as("%s's traceparent", record.headers().get(Topics.HEADER_EVENT_TYPE)).isNotNull();
        return traceparent;
    }

    private Optional<SpanData> spanOf(UUID eventId) {
        List<SpanData> finished = spans.getFinishedSpanItems();
        return finished.stream().filter(span -> eventId.toString().equals(span.getAttributes().get(MESSAGE_ID)))
                .findFirst();
    }
}
