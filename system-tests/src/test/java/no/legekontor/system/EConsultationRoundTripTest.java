package no.legekontor.system;

import static io.restassured.RestAssured.given;
import static no.legekontor.devtools.Demo.KARI;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;
import static no.legekontor.system.SystemCalls.awaitInboxItem;
import static no.legekontor.system.SystemCalls.inbox;
import static no.legekontor.system.SystemCalls.portal;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.legekontor.devtools.Demo;
import no.legekontor.devtools.DevTokens;
import no.legekontor.shared.calendar.BusinessCalendar;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The product's central flow across both services, Kafka and PostgreSQL: a patient's
 * e-consultation reaches the GP's inbox, the GP answers, and the answer reaches the patient.
 */
@Tag("stack")
@ExtendWith(PublishedEventsMatchTheDocument.class)
class EConsultationRoundTripTest {

    static RunningSystem system;

    @BeforeAll
    static void startSystem() {
        system = RunningSystem.get();
    }

    @Test
    void kariAsksLiseBergAnswersAndKariReadsTheAnswer() {
        var submitted = portal(DevTokens.patient(KARI))
                .body(Map.of("subject", "Utslett", "body", "Kløende utslett i to uker.", "acceptFee", true,
                        "confirmNotUrgent", true))
                .post("/api/v1/e-consultations").then()
                .statusCode(201)
                .body("status", equalTo("SUBMITTED"))
                .extract();
        String conversationId = submitted.path("id");
        OffsetDateTime createdAt = OffsetDateTime.parse(submitted.path("createdAt"));
        assertThat(OffsetDateTime.parse(submitted.<String>path("replyDueBy")))
                .isEqualTo(new BusinessCalendar().replyDueBy(createdAt.toInstant()));

        String itemId = awaitInboxItem(Demo.liseBergToken(), conversationId);
        inbox(Demo.liseBergToken()).get("/api/v1/inbox/" + itemId).then()
                .body("patient.name", equalTo("Kari Nordmann"))
                .body("replyDueBy", equalTo(submitted.<String>path("replyDueBy")));
        awaitConversationStatus(conversationId, "RECEIVED");

        inbox(Demo.anneDahlToken()).body(Map.of("body", "Kontorsvar")).post("/api/v1/inbox/" + itemId + "/replies")
                .then()
                .statusCode(403)
                .body("type", endsWith("/gp-required"));
        inbox(Demo.nilsFjellToken()).get("/api/v1/inbox").then()
                .statusCode(200)
                .body("items.conversationId", not(hasItem(conversationId)));

        inbox(Demo.liseBergToken()).body(Map.of("body", "Dette ser ut som eksem. Bruk fuktighetskrem."))
                .post("/api/v1/inbox/" + itemId + "/replies").then()
                .statusCode(201);

        awaitConversationStatus(conversationId, "ANSWERED");
        portal(DevTokens.patient(KARI)).get("/api/v1/conversations/" + conversationId).then()
                .body("messages", hasSize(2))
                .body("messages[1].from", equalTo("CLINIC"))
                .body("messages[1].author", equalTo("Lise Berg"))
                .body("messages[1].body", equalTo("Dette ser ut som eksem. Bruk fuktighetskrem."));
    }

    @Test
    void submissionWhileKafkaIsDownReachesTheInboxOnceItIsBack() throws SQLException {
        system.broker.stop();
        String conversationId;
        try {
            conversationId = portal(DevTokens.patient(KARI))
                    .body(Map.of("subject", "Resept", "body", "Sendt mens Kafka er nede.", "acceptFee", true,
                            "confirmNotUrgent", true))
                    .post("/api/v1/e-consultations").then()
                    .statusCode(201)
                    .extract().path("id");
            assertThat(count(system.portalDatabase, "select count(*) from outbox_event where aggregate_id = ?",
                    conversationId)).isEqualTo(1);
            // Still taking requests: readiness follows the database, not Kafka.
            given().baseUri(system.portal.managementUrl()).get("/q/health/ready").then().statusCode(200);
        } finally {
            system.broker.start();
        }
        awaitInboxItem(Demo.liseBergToken(), conversationId);
        awaitConversationStatus(conversationId, "RECEIVED");
        assertThat(count(system.inboxDatabase, "select count(*) from inbox_item where conversation_id = ?",
                conversationId)).isEqualTo(1);
        assertThat(count(system.portalDatabase, "select count(*) from outbox_event where aggregate_id = ?",
                conversationId)).isZero();
    }

    @Test
    void logsNeverCarryANationalIdAMessageBodyOrAToken() throws Exception {
        String secret = "Hemmelig-" + UUID.randomUUID();
        String patientToken = DevTokens.patient(KARI);
        String conversationId = portal(patientToken)
                .body(Map.of("subject", "Privat", "body", secret, "acceptFee", true, "confirmNotUrgent", true))
                .post("/api/v1/e-consultations").then().statusCode(201).extract().path("id");
        String itemId = awaitInboxItem(Demo.liseBergToken(), conversationId);
        inbox(Demo.liseBergToken()).body(Map.of("body", "Svar " + secret))
                .post("/api/v1/inbox/" + itemId + "/replies").then().statusCode(201);
        awaitConversationStatus(conversationId, "ANSWERED");
        // Refused requests too: an invalid body and a wrong check digit in On-Behalf-Of.
        portal(patientToken).body(Map.of("subject", "", "body", secret)).post("/api/v1/e-consultations").then()
                .statusCode(400);
        portal(patientToken).header("On-Behalf-Of", "09851650006").get("/api/v1/conversations").then()
                .statusCode(400);

        for (var service : List.of(system.portal, system.inbox)) {
            String log = java.nio.file.Files.readString(service.log());
            assertThat(log).as(service.log().toString())
                    .doesNotContain(KARI)
                    .doesNotContain("09851650006")
                    .doesNotContain(secret)
                    .doesNotContain(patientToken.substring(0, 40))
                    .doesNotContain("eyJhbGci");
        }
    }

    private static void awaitConversationStatus(String conversationId, String status) {
        SystemCalls.awaitConversationStatus(DevTokens.patient(KARI), conversationId, status);
    }

    private static long count(String database, String sql, String id) throws SQLException {
        try (Connection connection = DriverManager.getConnection(system.postgres.jdbcUrl(database),
                system.postgres.user(), "");
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, UUID.fromString(id));
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
