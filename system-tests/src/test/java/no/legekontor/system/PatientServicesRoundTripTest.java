package no.legekontor.system;

import static no.legekontor.devtools.Demo.KARI;
import static no.legekontor.system.SystemCalls.awaitConversationStatus;
import static no.legekontor.system.SystemCalls.awaitInboxItem;
import static no.legekontor.system.SystemCalls.inbox;
import static no.legekontor.system.SystemCalls.portal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.time.OffsetDateTime;
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
 * Each of Kari's requests besides the e-consultation travels from portal-api over Kafka into Demo
 * Legesenter's inbox with its deadline, and comes back confirmed (RECEIVED).
 */
@Tag("stack")
@ExtendWith(PublishedEventsMatchTheDocument.class)
class PatientServicesRoundTripTest {

    final String kari = DevTokens.patient(KARI);
    final String clinicSystem = DevTokens.integration(Demo.DEMO_CLINIC);
    final LocalDate today = LocalDate.now(BusinessCalendar.OSLO);

    @BeforeAll
    static void startSystem() {
        RunningSystem.get();
    }

    @Test
    void renewalReachesLiseBergWithTheMedicationAndTheDeadline() {
        // Its own records, so that the README walk-through can use Kari's demo ones on the same system.
        String prescription = portal(clinicSystem).body(Map.of("externalId", "system-rx-" + UUID.randomUUID(),
                        "nationalId", KARI, "medication", "Levaxin 50 mikrog tablett", "dosage", "1 tablett",
                        "issuedOn", today.minusMonths(6).toString(), "validUntil", today.plusMonths(6).toString(),
                        "prescriberHpr", Demo.LISE_BERG_HPR))
                .post("/api/v1/integration/prescriptions").then().statusCode(201).extract().path("id");
        var renewal = portal(kari).body(Map.of("prescriptionId", prescription))
                .post("/api/v1/prescription-renewals").then().statusCode(201).extract();
        String item = arrives(renewal);
        inbox(Demo.liseBergToken()).get("/api/v1/inbox/" + item).then()
                .body("type", equalTo("PRESCRIPTION_RENEWAL"))
                .body("details.prescription.medication", equalTo("Levaxin 50 mikrog tablett"));
    }

    @Test
    void sickLeaveExtensionReachesTheInboxWithTheDayAskedFor() {
        String sickNote = portal(clinicSystem).body(Map.of("externalId", "system-sm-" + UUID.randomUUID(),
                        "nationalId", KARI, "fromDate", today.minusDays(3).toString(),
                        "toDate", today.plusDays(3).toString(), "gradePercent", 50))
                .post("/api/v1/integration/sick-notes").then().statusCode(201).extract().path("id");
        String until = today.plusDays(14).toString();
        var extension = portal(kari)
                .body(Map.of("sickNoteId", sickNote, "requestedUntil", until, "comment", "Fortsatt vondt."))
                .post("/api/v1/sick-leave-extensions").then().statusCode(201).extract();
        String item = arrives(extension);
        inbox(Demo.liseBergToken()).get("/api/v1/inbox/" + item).then()
                .body("type", equalTo("SICK_LEAVE_EXTENSION"))
                .body("details.sickNote.requestedUntil", equalTo(until));
    }

    @Test
    void officeMessageAndItsFollowUpReachAnneDahlWithTheOfficesTarget() {
        var message = portal(kari)
                .body(Map.of("subject", "Attest", "body", "Kan jeg hente attesten fredag?", "confirmNotUrgent", true))
                .post("/api/v1/messages").then().statusCode(201).extract();
        String item = arrives(message);
        inbox(Demo.anneDahlToken()).get("/api/v1/inbox/" + item).then()
                .body("type", equalTo("OFFICE_MESSAGE"))
                .body("targetBy", equalTo(message.<String>path("targetBy")));

        String conversation = message.path("id");
        inbox(Demo.anneDahlToken()).body(Map.of("body", "Ja, den ligger i resepsjonen."))
                .post("/api/v1/inbox/" + item + "/replies").then().statusCode(201);
        awaitConversationStatus(kari, conversation, "ANSWERED");

        var followUp = portal(kari).body(Map.of("body", "Takk! Kan min mann hente den?"))
                .post("/api/v1/conversations/" + conversation + "/messages").then()
                .statusCode(201)
                .body("status", equalTo("SUBMITTED"))
                .extract();
        awaitConversationStatus(kari, conversation, "RECEIVED");
        inbox(Demo.anneDahlToken()).get("/api/v1/inbox/" + item).then()
                .body("status", equalTo("OPEN"))
                .body("replyDueBy", equalTo(followUp.<String>path("replyDueBy")))
                .body("followUps", hasSize(1));
    }

    /** The request is in the clinic's inbox with the patient's deadline, and the patient sees RECEIVED. */
    private String arrives(ExtractableResponse<Response> created) {
        String conversation = created.path("id");
        OffsetDateTime createdAt = OffsetDateTime.parse(created.path("createdAt"));
        assertThat(OffsetDateTime.parse(created.<String>path("replyDueBy")))
                .isEqualTo(new BusinessCalendar().replyDueBy(createdAt.toInstant()));
        String item = awaitInboxItem(Demo.liseBergToken(), conversation);
        inbox(Demo.liseBergToken()).get("/api/v1/inbox/" + item).then()
                .body("replyDueBy", equalTo(created.<String>path("replyDueBy")));
        awaitConversationStatus(kari, conversation, "RECEIVED");
        return item;
    }
}
