package no.legekontor.inbox.reply;

import static no.legekontor.devtools.Demo.liseBergToken;
import static no.legekontor.inbox.support.StaffCalls.as;
import static no.legekontor.inbox.support.StaffCalls.awaitItem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.legekontor.devtools.Demo;
import no.legekontor.devtools.DevTokens;
import no.legekontor.devtools.Race;
import no.legekontor.inbox.support.PortalSide;
import no.legekontor.shared.event.RequestSubmitted;
import no.legekontor.support.messaging.EventCodec;
import org.junit.jupiter.api.Test;

/**
 * A GP's reply with an Idempotency-Key (issue 20) is posted once: a retry answers the first answer,
 * the key with another reply is refused, and two identical replies at once post one.
 */
@QuarkusTest
class IdempotentReplyTest {

    static final String KEY = "Idempotency-Key";

    @Inject
    EventCodec codec;

    @Inject
    EntityManager em;

    @Test
    void aRetriedReplyIsPostedOnceAndAnswersTheFirstAnswer() {
        String item = newItem();
        String key = UUID.randomUUID().toString();
        ExtractableResponse<Response> first = reply(liseBergToken(), item, key, "Smør med hydrokortison.")
                .statusCode(201).extract();
        ExtractableResponse<Response> retry = reply(liseBergToken(), item, key, "Smør med hydrokortison.")
                .statusCode(201).extract();
        assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
        assertThat(retry.body().asString()).isEqualTo(first.body().asString());
        assertThat(replies(item)).isEqualTo(1);
    }

    @Test
    void theKeyWithAnotherReplyIsRefused() {
        String item = newItem();
        String key = UUID.randomUUID().toString();
        reply(liseBergToken(), item, key, "Første svar.").statusCode(201);
        reply(liseBergToken(), item, key, "Et annet svar.")
                .statusCode(422)
                .body("type", endsWith("/idempotency-key-reused"));
        assertThat(replies(item)).isEqualTo(1);
    }

    @Test
    void aKeyIsPerStaffMember() {
        String item = newItem();
        String key = UUID.randomUUID().toString();
        reply(liseBergToken(), item, key, "Svar.").statusCode(201);
        reply(DevTokens.staff("9100003", "gp", Demo.DEMO_CLINIC, "Per Lege"), item, key, "Svar.").statusCode(201);
        assertThat(replies(item)).isEqualTo(2);
    }

    @Test
    void twoIdenticalRepliesAtOnceArePostedOnce() {
        String item = newItem();
        for (int round = 0; round < Race.ROUNDS; round++) {
            String key = UUID.randomUUID().toString();
            var outcomes = Race.run(() -> reply(liseBergToken(), item, key, "Samme svar.").extract(),
                    () -> reply(liseBergToken(), item, key, "Samme svar.").extract());
            assertThat(Race.errors(outcomes)).isEmpty();
            List<ExtractableResponse<Response>> answers = List.of(outcomes.first().get(), outcomes.second().get());
            assertThat(answers).extracting(ExtractableResponse::statusCode).allMatch(s -> s == 201 || s == 409)
                    .contains(201);
            assertThat(replies(item)).as("round %d", round).isEqualTo(round + 1);
        }
    }

    private String newItem() {
        RequestSubmitted request = PortalSide.econsultation();
        new PortalSide(codec).submit(request);
        return awaitItem(request.conversationId());
    }

    private static ValidatableResponse reply(String token, String item, String key, String body) {
        return as(token).header(KEY, key).body(Map.of("body", body)).post("/api/v1/inbox/" + item + "/replies").then();
    }

    private long replies(String item) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from inbox_reply where item_id = ?1").setParameter(1, UUID.fromString(item))
                .getSingleResult()).longValue());
    }
}
