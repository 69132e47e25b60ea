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
import no.legekontor.devtools.Demo;
import no.legekontor.devtools.DevTokens;
import no.legekontor.shared.calendar.BusinessCalendar;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Each of Kari's requests besides the e-consultation travels from portal-api over Kafka into Demo
 * Legesenter's inbox with its deadline, and comes back confirmed (RECEIVED).
 */
class PatientServicesRoundTripTest {

    /** Kari's demo Levaxin prescription and active sick note (PRODUCT.md §7). */
    static final String LEVAXIN = "00000000-0000-4000-a000-000000000001";
    static final String KARIS_SICK_NOTE = "00000000-0000-4000-b000-000000000001";

    final String kari = DevTokens.patient(KARI);

    @BeforeAll
    static void startSystem() {
        RunningSystem.get();
    }

    @Test
    void renewalReachesLiseBergWithTheMedicationAndTheDeadline() {
        var renewal = portal(kari).body(Map.of("prescriptionId", LEVAXIN))
                .post("/api/v1/prescription-renewals").then().statusCode(201).extract();
        String item = arrives(renewal);
        inbox(Demo.liseBergToken()).get("/api/v1/inbox/" + item).then()
                .body("type", equalTo("PRESCRIPTION_RENEWAL"))
                .body("details.prescription.medication", equalTo("Levaxin 50 mikrog tablett"));
    }

    @Test
    void sickLeaveExtensionReachesTheInboxWithTheDayAskedFor() {
        String until = LocalDate.now(BusinessCalendar.OSLO).plusDays(14).toString();
        var extension = portal(kari)
                .body(Map.of("sickNoteId", KARIS_SICK_NOTE, "requestedUntil", until, "comment", "Fortsatt vondt."))
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
