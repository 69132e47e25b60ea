package no.legekontor.portal.conversation;

import static no.legekontor.devtools.Demo.DEMO_CLINIC;
import static no.legekontor.portal.support.Api.asPatient;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.legekontor.devtools.Demo;
import no.legekontor.portal.support.Accounts;
import no.legekontor.portal.support.InboxEvents;
import no.legekontor.portal.support.Records;
import no.legekontor.shared.calendar.BusinessCalendar;
import no.legekontor.shared.event.DecisionMade;
import no.legekontor.shared.event.EventEnvelope;
import no.legekontor.shared.event.ItemRead;
import no.legekontor.support.messaging.EventCodec;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A GP's decision (R14) as the portal applies it, with DecisionMade published by the test on the real broker. */
@QuarkusTest
class DecisionEventsTest {

    static final LocalDate TODAY = LocalDate.now(BusinessCalendar.OSLO);

    @Inject
    EventCodec codec;

    /** A patient of Demo Legesenter of each test's own, so that Kari's demo records stay as they are. */
    String patient;

    @BeforeEach
    void registerPatient() {
        patient = Accounts.registerReadyAdult("Vedtak Vera");
    }

    @Test
    void approvedRenewalShowsAsOneNewPrescriptionAlsoWhenDeliveredTwice() {
        String medication = "Levaxin 75 mikrog tablett " + UUID.randomUUID();
        String old = Records.prescription(patient, medication, TODAY.plusMonths(1));
        UUID conversation = requestRenewal(old);
        LocalDate validUntil = TODAY.plusMonths(6);
        EventEnvelope decision = envelope(decided(conversation, DecisionMade.Outcome.APPROVED, null,
                UUID.fromString(old), validUntil, null, null));
        publish(decision);
        publish(decision);
        markerAfter(conversation);

        List<Map<String, Object>> mine = prescriptions(medication);
        assertThat(mine).hasSize(2);
        Map<String, Object> renewed = mine.stream().filter(p -> !p.get("id").equals(old)).findFirst().orElseThrow();
        assertThat(renewed).containsEntry("dosage", "1 tablett daglig")
                .containsEntry("issuedOn", TODAY.toString())
                .containsEntry("validUntil", validUntil.toString())
                .containsEntry("status", "ACTIVE");
        assertThat(renewed.get("prescriber")).asString().contains(Demo.LISE_BERG_HPR);
        asPatient(patient).get("/api/v1/conversations/" + conversation).then()
                .body("status", equalTo("ANSWERED"))
                .body("messages", hasSize(2))
                .body("messages[1].from", equalTo("CLINIC"))
                .body("messages[1].author", equalTo("Lise Berg"))
                .body("messages[1].body", equalTo("Resepten på " + medication + " er fornyet og gyldig til "
                        + String.format("%02d.%02d.%d", validUntil.getDayOfMonth(), validUntil.getMonthValue(),
                                validUntil.getYear()) + "."));
        // Answered, so a new renewal may be asked for later.
        asPatient(patient).body(Map.of("prescriptionId", old)).post("/api/v1/prescription-renewals").then()
                .statusCode(201);
    }

    @Test
    void approvedRenewalWithoutValidUntilIsValidForAYear() {
        String medication = "Cetirizin 10 mg tablett " + UUID.randomUUID();
        String old = Records.prescription(patient, medication, TODAY.plusMonths(1));
        UUID conversation = requestRenewal(old);
        publish(envelope(decided(conversation, DecisionMade.Outcome.APPROVED, null, UUID.fromString(old), null,
                null, null)));
        awaitStatus(conversation, "ANSWERED");
        assertThat(prescriptions(medication)).extracting(p -> p.get("validUntil"))
                .contains(TODAY.plusYears(1).toString());
    }

    @Test
    void approvedExtensionMovesTheSickNotesLastDay() {
        String note = Records.sickNote(patient, TODAY.minusDays(5), TODAY.plusDays(2));
        LocalDate until = TODAY.plusDays(16);
        String conversation = asPatient(patient)
                .body(Map.of("sickNoteId", note, "requestedUntil", until.toString()))
                .post("/api/v1/sick-leave-extensions").then().statusCode(201).extract().path("id");
        UUID id = UUID.fromString(conversation);
        publish(envelope(decided(id, DecisionMade.Outcome.APPROVED, null, null, null, UUID.fromString(note),
                until)));
        awaitStatus(id, "ANSWERED");
        asPatient(patient).queryParam("size", 100).get("/api/v1/sick-notes").then()
                .body("items.find { it.id == '" + note + "' }.toDate", equalTo(until.toString()));
    }

    @Test
    void rejectionShowsItsReasonAndChangesNoPrescription() {
        String medication = "Zopiklon 5 mg tablett " + UUID.randomUUID();
        String old = Records.prescription(patient, medication, TODAY.plusMonths(1));
        UUID conversation = requestRenewal(old);
        publish(envelope(decided(conversation, DecisionMade.Outcome.REJECTED, "Vi må se deg før vi fornyer.",
                UUID.fromString(old), null, null, null)));
        awaitStatus(conversation, "ANSWERED");
        asPatient(patient).get("/api/v1/conversations/" + conversation).then()
                .body("messages[1].body", equalTo("Fornyelsen av resepten ble avslått.\n\nVi må se deg før vi fornyer."))
                .body("messages[1].author", equalTo("Lise Berg"));
        assertThat(prescriptions(medication)).hasSize(1);
    }

    private UUID requestRenewal(String prescription) {
        String id = asPatient(patient).body(Map.of("prescriptionId", prescription)).post("/api/v1/prescription-renewals")
                .then().statusCode(201).extract().path("id");
        return UUID.fromString(id);
    }

    private static DecisionMade decided(UUID conversation, DecisionMade.Outcome outcome, String reason,
            UUID prescription, LocalDate validUntil, UUID sickNote, LocalDate toDate) {
        return new DecisionMade(conversation, UUID.randomUUID(), UUID.randomUUID(), outcome, reason, "Lise Berg",
                Demo.LISE_BERG_HPR, now(), prescription, validUntil, sickNote, toDate);
    }

    /** A later event on the same key: once it is applied, every earlier copy was consumed too. */
    private void markerAfter(UUID conversation) {
        publish(envelope(new ItemRead(conversation, UUID.randomUUID(), now()), conversation));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                asPatient(patient).get("/api/v1/conversations/" + conversation).then()
                        .body("readByClinicAt", org.hamcrest.Matchers.notNullValue()));
    }

    private List<Map<String, Object>> prescriptions(String medication) {
        return asPatient(patient).queryParam("size", 100).get("/api/v1/prescriptions").then().statusCode(200)
                .extract().path("items.findAll { it.medication == '" + medication + "' }");
    }

    private void awaitStatus(UUID id, String status) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                asPatient(patient).get("/api/v1/conversations/" + id).then().body("status", equalTo(status)));
    }

    private static EventEnvelope envelope(DecisionMade decision) {
        return envelope(decision, decision.conversationId());
    }

    private static EventEnvelope envelope(no.legekontor.shared.event.EventPayload payload, UUID conversation) {
        return EventEnvelope.of(payload, DEMO_CLINIC, conversation, now());
    }

    private void publish(EventEnvelope event) {
        InboxEvents.publish(codec, event);
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.ofHours(1));
    }
}
