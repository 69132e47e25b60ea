package no.legekontor.inbox.decision;

import static no.legekontor.devtools.Demo.anneDahlToken;
import static no.legekontor.devtools.Demo.liseBergToken;
import static no.legekontor.devtools.Demo.nilsFjellToken;
import static no.legekontor.inbox.support.StaffCalls.as;
import static no.legekontor.inbox.support.StaffCalls.awaitItem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.legekontor.devtools.Demo;
import no.legekontor.devtools.TopicClient;
import no.legekontor.inbox.support.PortalSide;
import no.legekontor.shared.calendar.BusinessCalendar;
import no.legekontor.shared.event.RequestSubmitted;
import no.legekontor.shared.event.RequestType;
import no.legekontor.shared.event.Topics;
import no.legekontor.support.messaging.EventCodec;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** R14: a GP decides renewals and sick-leave extensions; the decision travels to the portal. */
@QuarkusTest
class DecisionTest {

    static final LocalDate TODAY = LocalDate.now(BusinessCalendar.OSLO);
    static final UUID PRESCRIPTION = UUID.randomUUID();
    static final UUID SICK_NOTE = UUID.randomUUID();

    @Inject
    EventCodec codec;

    PortalSide portal;

    @BeforeEach
    void setUp() {
        portal = new PortalSide(codec);
    }

    @Test
    void gpApprovesARenewalAndTheDecisionIsPublished() {
        RequestSubmitted renewal = renewal();
        String item = arrived(renewal);
        LocalDate validUntil = TODAY.plusMonths(6);
        as(liseBergToken()).body(Map.of("outcome", "APPROVED", "validUntil", validUntil.toString()))
                .post("/api/v1/inbox/" + item + "/decision").then()
                .statusCode(200)
                .body("status", equalTo("ANSWERED"))
                .body("decision.outcome", equalTo("APPROVED"))
                .body("decision.validUntil", equalTo(validUntil.toString()))
                .body("decision.decidedBy", equalTo("Lise Berg"));
        List<TopicClient.Received> events = portal.inboxEvents(renewal.conversationId(), 2);
        assertThat(events.get(1).headers()).containsEntry(Topics.HEADER_EVENT_TYPE, "DecisionMade");
        assertThat(events.get(1).value())
                .contains("\"outcome\":\"APPROVED\"")
                .contains("\"prescriptionId\":\"" + PRESCRIPTION + "\"")
                .contains("\"validUntil\":\"" + validUntil + "\"")
                .contains("\"decidedByHpr\":\"" + Demo.LISE_BERG_HPR + "\"")
                .contains("\"inboxItemId\":\"" + item + "\"");
    }

    @Test
    void approvedRenewalWithoutValidUntilIsValidForAYear() {
        String item = arrived(renewal());
        as(liseBergToken()).body(Map.of("outcome", "APPROVED")).post("/api/v1/inbox/" + item + "/decision").then()
                .statusCode(200)
                .body("decision.validUntil", equalTo(TODAY.plusYears(1).toString()));
    }

    @Test
    void approvedExtensionCarriesTheDayAskedFor() {
        LocalDate until = TODAY.plusDays(14);
        RequestSubmitted extension = request(RequestType.SICK_LEAVE_EXTENSION, null,
                new RequestSubmitted.SickNote(SICK_NOTE, TODAY.minusDays(10), TODAY, 100, until));
        String item = arrived(extension);
        as(liseBergToken()).body(Map.of("outcome", "APPROVED")).post("/api/v1/inbox/" + item + "/decision").then()
                .statusCode(200)
                .body("decision.toDate", equalTo(until.toString()))
                .body("decision.validUntil", nullValue());
        assertThat(portal.inboxEvents(extension.conversationId(), 2).get(1).value())
                .contains("\"sickNoteId\":\"" + SICK_NOTE + "\"")
                .contains("\"toDate\":\"" + until + "\"");
    }

    @Test
    void officeStaffCannotDecideARenewal() {
        String item = arrived(renewal());
        as(anneDahlToken()).body(Map.of("outcome", "APPROVED")).post("/api/v1/inbox/" + item + "/decision").then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("type", endsWith("/gp-required"));
        as(liseBergToken()).get("/api/v1/inbox/" + item).then()
                .body("status", equalTo("OPEN"))
                .body("decision", nullValue());
    }

    @Test
    void anotherClinicsGpCannotDecide() {
        String item = arrived(renewal());
        as(nilsFjellToken()).body(Map.of("outcome", "APPROVED")).post("/api/v1/inbox/" + item + "/decision").then()
                .statusCode(404);
    }

    @Test
    void anEConsultationIsNotDecidable() {
        RequestSubmitted request = PortalSide.econsultation();
        String item = arrived(request);
        as(liseBergToken()).body(Map.of("outcome", "APPROVED")).post("/api/v1/inbox/" + item + "/decision").then()
                .statusCode(422)
                .body("type", endsWith("/not-decidable"));
    }

    @Test
    void aDecidedRenewalIsNotDecidedAgain() {
        String item = arrived(renewal());
        as(liseBergToken()).body(Map.of("outcome", "REJECTED", "reason", "Bestill time."))
                .post("/api/v1/inbox/" + item + "/decision").then().statusCode(200);
        as(liseBergToken()).body(Map.of("outcome", "APPROVED")).post("/api/v1/inbox/" + item + "/decision").then()
                .statusCode(409)
                .body("type", endsWith("/already-decided"));
        as(liseBergToken()).get("/api/v1/inbox/" + item).then()
                .body("decision.outcome", equalTo("REJECTED"))
                .body("decision.reason", equalTo("Bestill time."));
    }

    @Test
    void aRejectionNeedsAReason() {
        String item = arrived(renewal());
        as(liseBergToken()).body(Map.of("outcome", "REJECTED")).post("/api/v1/inbox/" + item + "/decision").then()
                .statusCode(400)
                .body("type", endsWith("/validation-failed"))
                .body("errors.field", hasItem("reason"));
        as(liseBergToken()).body(Map.of("outcome", "APPROVED", "validUntil", TODAY.minusDays(1).toString()))
                .post("/api/v1/inbox/" + item + "/decision").then()
                .statusCode(400)
                .body("errors.field", hasItem("validUntil"));
        as(liseBergToken()).body(Map.of("outcome", "REJECTED", "reason", "x".repeat(2001)))
                .post("/api/v1/inbox/" + item + "/decision").then()
                .statusCode(400)
                .body("errors.field", hasItem("reason"));
    }

    private RequestSubmitted renewal() {
        return request(RequestType.PRESCRIPTION_RENEWAL, new RequestSubmitted.Prescription(PRESCRIPTION,
                "Levaxin 50 mikrog tablett", "1 tablett om morgenen", TODAY.minusYears(1), TODAY.plusDays(10),
                Demo.LISE_BERG_HPR), null);
    }

    private static RequestSubmitted request(RequestType type, RequestSubmitted.Prescription prescription,
            RequestSubmitted.SickNote sickNote) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.ofHours(1)).truncatedTo(ChronoUnit.SECONDS);
        return new RequestSubmitted(UUID.randomUUID(), type, "Forespørsel", "Tekst fra pasienten.", now,
                now.plusDays(7), false, PortalSide.KARI, PortalSide.KARI, Demo.LISE_BERG_HPR, null, null,
                prescription, sickNote);
    }

    private String arrived(RequestSubmitted request) {
        portal.submit(request);
        return awaitItem(request.conversationId());
    }
}
