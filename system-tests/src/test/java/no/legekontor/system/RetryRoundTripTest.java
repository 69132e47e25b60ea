package no.legekontor.system;

import static no.legekontor.devtools.Demo.KARI;
import static no.legekontor.system.SystemCalls.awaitConversationStatus;
import static no.legekontor.system.SystemCalls.awaitInboxItem;
import static no.legekontor.system.SystemCalls.inbox;
import static no.legekontor.system.SystemCalls.portal;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.legekontor.devtools.Demo;
import no.legekontor.devtools.DevTokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A phone on a bad network (issue 20): the patient's e-consultation times out and is sent again
 * with the same Idempotency-Key, and the GP's reply is retried likewise. Across both services,
 * Kafka and PostgreSQL: one conversation, one item in the GP's inbox, one reply, one invoice.
 */
@Tag("stack")
class RetryRoundTripTest {

    @BeforeAll
    static void startSystem() {
        RunningSystem.get();
    }

    @Test
    void aRetriedEConsultationAndReplyMakeOneConversationOneInboxItemAndOneInvoice() {
        String kari = DevTokens.patient(KARI);
        String subject = "Gjentatt " + UUID.randomUUID();
        Map<String, Object> econsultation = Map.of("subject", subject, "body", "Sendt to ganger på dårlig nett.",
                "acceptFee", true, "confirmNotUrgent", true);
        String key = UUID.randomUUID().toString();
        ExtractableResponse<Response> first = portal(kari).header("Idempotency-Key", key).body(econsultation)
                .post("/api/v1/e-consultations").then().statusCode(201).extract();
        ExtractableResponse<Response> retry = portal(kari).header("Idempotency-Key", key).body(econsultation)
                .post("/api/v1/e-consultations").then().statusCode(201).extract();
        String conversationId = first.path("id");
        assertThat(retry.<String>path("id")).isEqualTo(conversationId);
        assertThat(retry.header("Location")).isEqualTo(first.header("Location"));

        String itemId = awaitInboxItem(Demo.liseBergToken(), conversationId);
        String replyKey = UUID.randomUUID().toString();
        for (int attempt = 0; attempt < 2; attempt++) {
            inbox(Demo.liseBergToken()).header("Idempotency-Key", replyKey)
                    .body(Map.of("body", "Bruk fuktighetskrem morgen og kveld."))
                    .post("/api/v1/inbox/" + itemId + "/replies").then().statusCode(201);
        }
        awaitConversationStatus(kari, conversationId, "ANSWERED");

        assertThat(awaitInboxItem(Demo.liseBergToken(), conversationId)).as("still one item").isEqualTo(itemId);
        assertThat(items(kari, "/api/v1/conversations"))
                .filteredOn(c -> subject.equals(c.get("subject"))).hasSize(1);
        assertThat(portal(kari).get("/api/v1/conversations/" + conversationId).then().statusCode(200)
                .extract().<List<?>>path("messages")).as("the question and one answer").hasSize(2);
        assertThat(items(kari, "/api/v1/invoices"))
                .filteredOn(i -> conversationId.equals(i.get("conversationId"))).hasSize(1);
    }

    /** Every item of a paged list, page by page. */
    private static List<Map<String, Object>> items(String token, String path) {
        List<Map<String, Object>> all = new ArrayList<>();
        for (int page = 0; ; page++) {
            List<Map<String, Object>> items = portal(token).queryParam("page", page).queryParam("size", 100)
                    .get(path).then().statusCode(200).extract().path("items");
            all.addAll(items);
            if (items.size() < 100) {
                return all;
            }
        }
    }
}
