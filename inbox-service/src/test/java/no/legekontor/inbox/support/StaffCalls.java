package no.legekontor.inbox.support;

import static io.restassured.RestAssured.given;
import static no.legekontor.devtools.Demo.liseBergToken;
import static org.awaitility.Awaitility.await;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

/** Staff calling the inbox's API in tests, and waiting for a request to arrive in it. */
public final class StaffCalls {

    private StaffCalls() {
    }

    public static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    /** The id of a conversation's inbox item, once it has arrived at Demo Legesenter. */
    public static String awaitItem(UUID conversationId) {
        await().atMost(Duration.ofSeconds(30)).until(() -> !itemIds(conversationId).isEmpty());
        return itemIds(conversationId).get(0);
    }

    private static List<String> itemIds(UUID conversationId) {
        return as(liseBergToken()).queryParam("conversationId", conversationId.toString()).get("/api/v1/inbox")
                .then().statusCode(200).extract().path("items.id");
    }
}
