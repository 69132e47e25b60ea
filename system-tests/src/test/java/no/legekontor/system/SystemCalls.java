package no.legekontor.system;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.List;

/** Calls to the running services as a patient or staff member, and waits for what travels over Kafka. */
final class SystemCalls {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private SystemCalls() {
    }

    static RequestSpecification portal(String token) {
        return given().baseUri(RunningSystem.get().portal.baseUrl()).auth().oauth2(token)
                .contentType(ContentType.JSON);
    }

    static RequestSpecification inbox(String token) {
        return given().baseUri(RunningSystem.get().inbox.baseUrl()).auth().oauth2(token)
                .contentType(ContentType.JSON);
    }

    /** The id of the inbox item of a conversation, once it has arrived; there must be exactly one. */
    static String awaitInboxItem(String token, String conversationId) {
        await().atMost(PATIENCE).until(() -> !itemIds(token, conversationId).isEmpty());
        List<String> ids = itemIds(token, conversationId);
        if (ids.size() != 1) {
            throw new AssertionError("Expected one inbox item for the conversation, found " + ids.size());
        }
        return ids.get(0);
    }

    static void awaitConversationStatus(String patientToken, String conversationId, String status) {
        await().atMost(PATIENCE).untilAsserted(() ->
                portal(patientToken).get("/api/v1/conversations/" + conversationId).then()
                        .body("status", equalTo(status)));
    }

    private static List<String> itemIds(String token, String conversationId) {
        return inbox(token).queryParam("conversationId", conversationId).get("/api/v1/inbox").then()
                .statusCode(200).extract().path("items.id");
    }
}
