package no.legekontor.system;

import static no.legekontor.devtools.Demo.KARI;
import static no.legekontor.system.SystemCalls.awaitConversationStatus;
import static no.legekontor.system.SystemCalls.awaitInboxItem;
import static no.legekontor.system.SystemCalls.inbox;
import static no.legekontor.system.SystemCalls.portal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import java.time.Duration;
import java.time.LocalDate;
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
 * The clinic works a renewal across both services, Kafka and PostgreSQL: Lise Berg opens it (Kari
 * sees that the clinic has read it), claims it and approves it (R14), and Kari sees the new
 * prescription and the answered conversation.
 */
@Tag("stack")
@ExtendWith(PublishedEventsMatchTheDocument.class)
class InboxWorkflowRoundTripTest {

    final String kari = DevTokens.patient(KARI);
    final String clinicSystem = DevTokens.integration(Demo.DEMO_CLINIC);
    final LocalDate today = LocalDate.now(BusinessCalendar.OSLO);

    @BeforeAll
    static void startSystem() {
        RunningSystem.get();
    }

    @Test
    void kariAsksForARenewalLiseBergOpensClaimsAndApprovesItAndKariSeesTheNewPrescription() {
        // Her own prescription, so that the README walk-through can use Kari's demo ones on the same system.
        String medication = "Levaxin 100 mikrog tablett " + UUID.randomUUID();
        String prescription = portal(clinicSystem).body(Map.of("externalId", "system-rx-" + UUID.randomUUID(),
                        "nationalId", KARI, "medication", medication, "dosage", "1 tablett om morgenen",
                        "issuedOn", today.minusMonths(11).toString(), "validUntil", today.plusMonths(1).toString(),
                        "prescriberHpr", Demo.LISE_BERG_HPR))
                .post("/api/v1/integration/prescriptions").then().statusCode(201).extract().path("id");
        String conversation = portal(kari).body(Map.of("prescriptionId", prescription))
                .post("/api/v1/prescription-renewals").then().statusCode(201).extract().path("id");
        String item = awaitInboxItem(Demo.liseBergToken(), conversation);
        awaitConversationStatus(kari, conversation, "RECEIVED");

        inbox(Demo.liseBergToken()).get("/api/v1/inbox/" + item).then().statusCode(200)
                .body("readAt", notNullValue());
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                portal(kari).get("/api/v1/conversations/" + conversation).then()
                        .body("readByClinicAt", notNullValue()));

        inbox(Demo.liseBergToken()).post("/api/v1/inbox/" + item + "/claim").then()
                .statusCode(200)
                .body("assignee", equalTo(Demo.LISE_BERG_HPR));
        LocalDate validUntil = today.plusMonths(6);
        inbox(Demo.liseBergToken()).body(Map.of("outcome", "APPROVED", "validUntil", validUntil.toString()))
                .post("/api/v1/inbox/" + item + "/decision").then()
                .statusCode(200)
                .body("status", equalTo("ANSWERED"));

        awaitConversationStatus(kari, conversation, "ANSWERED");
        portal(kari).get("/api/v1/conversations/" + conversation).then()
                .body("messages[1].from", equalTo("CLINIC"))
                .body("messages[1].author", equalTo("Lise Berg"));
        List<Map<String, Object>> mine = portal(kari).queryParam("size", 100).get("/api/v1/prescriptions").then()
                .statusCode(200).extract().path("items.findAll { it.medication == '" + medication + "' }");
        assertThat(mine).hasSize(2);
        assertThat(mine).filteredOn(p -> !p.get("id").equals(prescription)).singleElement()
                .satisfies(p -> assertThat(p)
                        .containsEntry("issuedOn", today.toString())
                        .containsEntry("validUntil", validUntil.toString())
                        .containsEntry("status", "ACTIVE"));
    }
}
