package no.legekontor.inbox.item;

import static io.restassured.RestAssured.given;
import static no.legekontor.devtools.Demo.anneDahlToken;
import static no.legekontor.devtools.Demo.liseBergToken;
import static no.legekontor.devtools.Demo.nilsFjellToken;
import static no.legekontor.inbox.support.StaffCalls.as;
import static no.legekontor.inbox.support.StaffCalls.awaitItem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import no.legekontor.devtools.Demo;
import no.legekontor.devtools.DevTokens;
import no.legekontor.devtools.TopicClient;
import no.legekontor.inbox.support.PortalSide;
import no.legekontor.inbox.support.TestPractitioners;
import no.legekontor.shared.event.AppointmentBooked;
import no.legekontor.shared.event.RequestSubmitted;
import no.legekontor.shared.event.RequestType;
import no.legekontor.shared.event.Topics;
import no.legekontor.shared.event.StaffRole;
import no.legekontor.support.messaging.EventCodec;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Staff work the list: who may do what, claiming, closing, and the read receipt. */
@QuarkusTest
class WorkingTheInboxTest {

    static final String ANOTHER_GP_HPR = "9100009";
    static final String ANOTHER_GP = DevTokens.staff(ANOTHER_GP_HPR, "gp", Demo.DEMO_CLINIC, "Per Lege");

    @Inject
    EventCodec codec;

    PortalSide portal;

    @BeforeEach
    void setUp() {
        portal = new PortalSide(codec);
        TestPractitioners.register(ANOTHER_GP_HPR, Demo.DEMO_CLINIC, StaffRole.GP);
    }

    @Test
    void officeStaffMayNotAnswerClaimOrCloseARenewal() {
        String item = arrived(RequestType.PRESCRIPTION_RENEWAL);
        as(anneDahlToken()).body(Map.of("body", "Fornyet")).post("/api/v1/inbox/" + item + "/replies").then()
                .statusCode(403).body("type", endsWith("/gp-required"));
        as(anneDahlToken()).post("/api/v1/inbox/" + item + "/claim").then()
                .statusCode(403).body("type", endsWith("/gp-required"));
        as(anneDahlToken()).post("/api/v1/inbox/" + item + "/close").then()
                .statusCode(403).body("type", endsWith("/gp-required"));
        as(liseBergToken()).get("/api/v1/inbox/" + item).then()
                .body("status", equalTo("OPEN"))
                .body("assignee", nullValue());
    }

    @Test
    void fjordsGpCannotSeeOrTouchDemoLegesentersItems() {
        String item = arrived(RequestType.OFFICE_MESSAGE);
        as(nilsFjellToken()).get("/api/v1/inbox/" + item).then().statusCode(404).body("type", endsWith("/not-found"));
        as(nilsFjellToken()).post("/api/v1/inbox/" + item + "/claim").then().statusCode(404);
        as(nilsFjellToken()).post("/api/v1/inbox/" + item + "/close").then().statusCode(404);
        as(nilsFjellToken()).queryParam("assignee", "none").get("/api/v1/inbox").then()
                .statusCode(200).body("items.id", not(hasItem(item)));
        as(liseBergToken()).get("/api/v1/inbox/" + item).then()
                .body("status", equalTo("OPEN"))
                .body("assignee", nullValue());
    }

    @Test
    void claimingAssignsTheItemToTheCallerAndAgainIsFine() {
        String item = arrived(RequestType.OFFICE_MESSAGE);
        as(anneDahlToken()).post("/api/v1/inbox/" + item + "/claim").then()
                .statusCode(200)
                .body("id", equalTo(item))
                .body("assignee", equalTo(Demo.ANNE_DAHL_HPR));
        as(anneDahlToken()).post("/api/v1/inbox/" + item + "/claim").then()
                .statusCode(200)
                .body("assignee", equalTo(Demo.ANNE_DAHL_HPR));
    }

    @Test
    void anItemClaimedBySomeoneElseCannotBeClaimed() {
        String item = arrived(RequestType.E_CONSULTATION);
        as(liseBergToken()).post("/api/v1/inbox/" + item + "/claim").then().statusCode(200);
        as(ANOTHER_GP).post("/api/v1/inbox/" + item + "/claim").then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", endsWith("/already-claimed"));
        as(liseBergToken()).get("/api/v1/inbox/" + item).then().body("assignee", equalTo(Demo.LISE_BERG_HPR));
    }

    @Test
    void assigneeMeAndNoneFilterTheList() {
        String mine = arrived(RequestType.OFFICE_MESSAGE);
        String nobodys = arrived(RequestType.OFFICE_MESSAGE);
        as(anneDahlToken()).post("/api/v1/inbox/" + mine + "/claim").then().statusCode(200);
        List<String> anneMe = ids(anneDahlToken(), "me");
        assertThat(anneMe).contains(mine).doesNotContain(nobodys);
        assertThat(ids(anneDahlToken(), "none")).contains(nobodys).doesNotContain(mine);
        assertThat(ids(liseBergToken(), "me")).doesNotContain(mine, nobodys);
        assertThat(ids(liseBergToken(), Demo.ANNE_DAHL_HPR)).contains(mine).doesNotContain(nobodys);
    }

    @Test
    void closingAnItemClosesItAndTellsThePortalOnce() {
        RequestSubmitted request = PortalSide.request(RequestType.OFFICE_MESSAGE, "Attest",
                OffsetDateTime.now(ZoneOffset.ofHours(1)).plusDays(7), false);
        portal.submit(request);
        String item = awaitItem(request.conversationId());
        as(anneDahlToken()).post("/api/v1/inbox/" + item + "/close").then()
                .statusCode(200)
                .body("status", equalTo("CLOSED"))
                .body("closedAt", notNullValue());
        as(anneDahlToken()).post("/api/v1/inbox/" + item + "/close").then().statusCode(200);
        as(anneDahlToken()).body(Map.of("body", "Svar")).post("/api/v1/inbox/" + item + "/replies").then()
                .statusCode(409).body("type", endsWith("/item-closed"));
        as(anneDahlToken()).queryParam("status", "CLOSED").queryParam("size", 100).get("/api/v1/inbox").then()
                .body("items.id", hasItem(item));
        // Nothing but the receipt and one ItemClosed: the second close sent nothing (the relay keeps commit order).
        as(liseBergToken()).get("/api/v1/inbox/" + item).then().statusCode(200);
        List<TopicClient.Received> events = portal.inboxEvents(request.conversationId(), 3);
        assertThat(events).extracting(e -> e.headers().get(Topics.HEADER_EVENT_TYPE))
                .containsExactly("RequestReceived", "ItemClosed", "ItemRead");
    }

    @Test
    void nobodyAnswersAnAppointmentNoticeTheOfficeClosesIt() {
        AppointmentBooked booking = PortalSide.booking("Kontroll");
        portal.book(booking);
        String item = awaitNotice(booking);
        as(anneDahlToken()).body(Map.of("body", "Ok")).post("/api/v1/inbox/" + item + "/replies").then()
                .statusCode(422).body("type", endsWith("/not-answerable"));
        as(anneDahlToken()).post("/api/v1/inbox/" + item + "/close").then()
                .statusCode(200)
                .body("status", equalTo("CLOSED"));
    }

    @Test
    void theReadReceiptIsPublishedOnceWhenStaffOpenTheItemAtTheSameTime() throws Exception {
        RequestSubmitted request = PortalSide.econsultation();
        portal.submit(request);
        String item = awaitItem(request.conversationId());
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<CompletableFuture<String>> opens = IntStream.range(0, 8)
                    .mapToObj(i -> CompletableFuture.supplyAsync(() -> {
                        await(start);
                        return as(i % 2 == 0 ? liseBergToken() : anneDahlToken()).get("/api/v1/inbox/" + item)
                                .then().statusCode(200).extract().<String>path("readAt");
                    }, pool))
                    .toList();
            start.countDown();
            List<String> readAt = opens.stream().map(CompletableFuture::join).toList();
            assertThat(readAt).doesNotContainNull().containsOnly(readAt.get(0));
        } finally {
            pool.shutdownNow();
        }
        // A reply after the openings: once it is out, any second ItemRead would be out too.
        as(liseBergToken()).body(Map.of("body", "Svar")).post("/api/v1/inbox/" + item + "/replies").then()
                .statusCode(201);
        portal.inboxEvents(request.conversationId(), 3);
        assertThat(portal.allInboxEvents(request.conversationId()))
                .extracting(e -> e.headers().get(Topics.HEADER_EVENT_TYPE))
                .containsExactly("RequestReceived", "ItemRead", "ReplyPosted");
    }

    @Test
    void claimCloseAndDecideWantAStaffToken() {
        String item = UUID.randomUUID().toString();
        for (String action : List.of("claim", "close", "decision")) {
            given().contentType(ContentType.JSON).body(Map.of("outcome", "APPROVED"))
                    .post("/api/v1/inbox/" + item + "/" + action).then()
                    .statusCode(401);
            as(DevTokens.sign(DevTokens.integrationClaims(Demo.DEMO_CLINIC).audience(DevTokens.INBOX_AUDIENCE)))
                    .body(Map.of("outcome", "APPROVED"))
                    .post("/api/v1/inbox/" + item + "/" + action).then()
                    .statusCode(403)
                    .body("type", endsWith("/wrong-token-kind"));
        }
    }

    private String arrived(RequestType type) {
        RequestSubmitted request = PortalSide.request(type, "Sak",
                OffsetDateTime.now(ZoneOffset.ofHours(1)).plusDays(7), false);
        portal.submit(request);
        return awaitItem(request.conversationId());
    }

    private static String awaitNotice(AppointmentBooked booking) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> !noticeIds(booking).isEmpty());
        return noticeIds(booking).get(0);
    }

    private static List<String> noticeIds(AppointmentBooked booking) {
        return as(anneDahlToken()).queryParam("type", "APPOINTMENT_NOTICE").queryParam("size", 100)
                .get("/api/v1/inbox").then().statusCode(200)
                .extract().path("items.findAll { it.appointmentId == '" + booking.appointmentId() + "' }.id");
    }

    private static List<String> ids(String token, String assignee) {
        return as(token).queryParam("assignee", assignee).queryParam("size", 100).get("/api/v1/inbox").then()
                .statusCode(200).extract().path("items.id");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
