package no.legekontor.inbox.item;

import static no.legekontor.devtools.Demo.liseBergToken;
import static no.legekontor.inbox.support.StaffCalls.as;
import static no.legekontor.inbox.support.StaffCalls.awaitItem;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.StreamSupport;
import no.legekontor.devtools.Demo;
import no.legekontor.devtools.TopicClient;
import no.legekontor.inbox.support.PortalSide;
import no.legekontor.shared.event.RequestSubmitted;
import no.legekontor.shared.event.Topics;
import no.legekontor.support.messaging.EventCodec;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The clinic's side of the access log (issue 10): each opening of an item and each page of the
 * list goes to the portal as {@code ItemsViewed} on the real broker, naming the staff member and the
 * items, never what the requests say.
 */
@QuarkusTest
class ItemViewsTest {

    static final String ITEMS_VIEWED = "ItemsViewed";

    @Inject
    EventCodec codec;

    @Inject
    ObjectMapper json;

    PortalSide portal;

    @BeforeEach
    void setUp() {
        portal = new PortalSide(codec);
    }

    @Test
    void liseBergOpeningKarisItemIsPublishedEachTimeWithoutWhatTheRequestSays() throws Exception {
        RequestSubmitted request = PortalSide.econsultation();
        portal.submit(request);
        String item = awaitItem(request.conversationId());
        as(liseBergToken()).get("/api/v1/inbox/" + item).then().statusCode(200);
        as(liseBergToken()).get("/api/v1/inbox/" + item).then().statusCode(200);

        List<TopicClient.Received> opened = portal.inboxEvents(viewsOf(item, "ITEM"), 2);
        assertThat(opened).hasSize(2);
        for (TopicClient.Received event : opened) {
            JsonNode envelope = json.readTree(event.value());
            JsonNode payload = envelope.get("payload");
            assertThat(event.key()).as("keyed by its own id").isEqualTo(envelope.get("id").asText());
            assertThat(payload.get("staffHpr").asText()).isEqualTo(Demo.LISE_BERG_HPR);
            assertThat(payload.get("staffName").asText()).isEqualTo(Demo.LISE_BERG);
            assertThat(payload.get("staffRole").asText()).isEqualTo("gp");
            assertThat(payload.get("items")).hasSize(1);
            assertThat(payload.get("items").get(0).get("conversationId").asText())
                    .isEqualTo(request.conversationId().toString());
            assertThat(event.value()).doesNotContain(request.subject(), request.body(), Demo.KARI, "Kari Nordmann");
        }
        // The read receipt is still sent once, keyed by the conversation.
        assertThat(portal.inboxEvents(request.conversationId(), 2)).extracting(r -> r.headers().get(
                Topics.HEADER_EVENT_TYPE)).containsExactly("RequestReceived", "ItemRead");
    }

    @Test
    void aPageOfTheListIsOneEventNamingTheItemsShown() throws Exception {
        for (int i = 0; i < 2; i++) {
            RequestSubmitted request = PortalSide.econsultation();
            portal.submit(request);
            awaitItem(request.conversationId());
        }
        List<String> shown = as(liseBergToken()).queryParam("size", 2).get("/api/v1/inbox").then()
                .statusCode(200).extract().path("items.id");
        assertThat(shown).hasSize(2);

        // Earlier, longer pages named these items too; this page is the event naming exactly them.
        List<TopicClient.Received> listed = portal.inboxEvents(
                viewsOf(shown.get(0), "LIST").and(r -> shownItems(r).equals(shown)), 1);
        JsonNode payload = json.readTree(listed.get(0).value()).get("payload");
        assertThat(payload.get("staffName").asText()).isEqualTo(Demo.LISE_BERG);
        assertThat(payload.get("items").get(0).get("conversationId").isTextual()).isTrue();
    }

    @Test
    void theAnswersOfClaimCloseAndDecisionShowTheItemAndArePublishedAsOpenings() throws Exception {
        RequestSubmitted request = PortalSide.renewal();
        portal.submit(request);
        String item = awaitItem(request.conversationId());

        as(liseBergToken()).post("/api/v1/inbox/" + item + "/claim").then().statusCode(200);
        as(liseBergToken()).body(java.util.Map.of("outcome", "APPROVED")).post("/api/v1/inbox/" + item + "/decision")
                .then().statusCode(200);
        as(liseBergToken()).post("/api/v1/inbox/" + item + "/close").then().statusCode(200);

        assertThat(portal.inboxEvents(viewsOf(item, "ITEM"), 3)).as("one per answer that showed the item")
                .hasSize(3);
    }

    private List<String> shownItems(TopicClient.Received event) {
        try {
            return StreamSupport.stream(json.readTree(event.value()).get("payload").get("items").spliterator(), false)
                    .map(seen -> seen.get("inboxItemId").asText()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Predicate<TopicClient.Received> viewsOf(String item, String view) {
        return r -> ITEMS_VIEWED.equals(r.headers().get(Topics.HEADER_EVENT_TYPE))
                && r.value().contains("\"view\":\"" + view + "\"")
                && r.value().contains(item);
    }
}
