package no.legekontor.portal.conversation;

import static no.legekontor.devtools.Demo.DEMO_CLINIC;
import static no.legekontor.devtools.Demo.FJORD_CLINIC;
import static no.legekontor.portal.support.Api.asPatient;
import static no.legekontor.portal.support.Api.submitEConsultation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
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
import no.legekontor.shared.event.ItemClosed;
import no.legekontor.shared.event.ItemsViewed;
import no.legekontor.shared.event.ReplyPosted;
import no.legekontor.support.messaging.EventCodec;
import org.junit.jupiter.api.Test;

/**
 * portal-api checks each inbox event against its own records before applying it: an event that
 * names another clinic, or another patient's prescription or sick note, is dead-lettered with the
 * rule it breaks and changes nothing.
 */
@QuarkusTest
class ForgedInboxEventsTest {

    static final LocalDate TODAY = LocalDate.now(BusinessCalendar.OSLO);

    @Inject
    EventCodec codec;

    @Inject
    EntityManager em;

    @Test
    void aReplyInTheNameOfAnotherClinicIsDeadLetteredAndNotShown() {
        String patient = Accounts.registerReadyAdult("Forfalsket Frida");
        UUID conversation = UUID.fromString(submitEConsultation(patient));
        EventEnvelope forged = EventEnvelope.of(new ReplyPosted(conversation, UUID.randomUUID(), "Falskt svar",
                Demo.NILS_FJELL, Demo.NILS_FJELL_HPR, "gp", now()), FJORD_CLINIC, conversation, now());

        publish(forged);

        assertThat(deadLetterReason(forged)).isEqualTo("ReplyPosted refused: the event's clinic is not its conversation's");
        asPatient(patient).get("/api/v1/conversations/" + conversation).then()
                .body("status", equalTo("SUBMITTED"))
                .body("messages", hasSize(1));
    }

    @Test
    void aClosingInTheNameOfAnotherClinicIsDeadLetteredAndDoesNotClose() {
        String patient = Accounts.registerReadyAdult("Forfalsket Frode");
        UUID conversation = UUID.fromString(submitEConsultation(patient));
        EventEnvelope forged = EventEnvelope.of(new ItemClosed(conversation, UUID.randomUUID(), now()), FJORD_CLINIC,
                conversation, now());

        publish(forged);

        assertThat(deadLetterReason(forged)).isEqualTo("ItemClosed refused: the event's clinic is not its conversation's");
        asPatient(patient).get("/api/v1/conversations/" + conversation).then().body("status", equalTo("SUBMITTED"));
    }

    @Test
    void anApprovedRenewalOfAnotherPatientsPrescriptionIsDeadLetteredAndRenewsNothing() {
        String patient = Accounts.registerReadyAdult("Fornyer Fia");
        String other = Accounts.registerReadyAdult("Annen Anders");
        String own = Records.prescription(patient, "Levaxin 50 mikrog " + UUID.randomUUID(), TODAY.plusMonths(1));
        String othersMedication = "Zopiklon 7,5 mg " + UUID.randomUUID();
        String othersPrescription = Records.prescription(other, othersMedication, TODAY.plusMonths(1));
        UUID conversation = requestRenewal(patient, own);
        EventEnvelope forged = EventEnvelope.of(new DecisionMade(conversation, UUID.randomUUID(), UUID.randomUUID(),
                DecisionMade.Outcome.APPROVED, null, Demo.LISE_BERG, Demo.LISE_BERG_HPR, now(),
                UUID.fromString(othersPrescription), TODAY.plusMonths(6), null, null), DEMO_CLINIC, conversation, now());

        publish(forged);

        assertThat(deadLetterReason(forged))
                .isEqualTo("DecisionMade refused: the event's prescription is not its conversation's");
        List<Object> othersPrescriptions = asPatient(other).queryParam("size", 100).get("/api/v1/prescriptions")
                .then().statusCode(200).extract().path("items.findAll { it.medication == '" + othersMedication + "' }");
        assertThat(othersPrescriptions).hasSize(1);
        asPatient(patient).get("/api/v1/conversations/" + conversation).then()
                .body("status", equalTo("SUBMITTED"))
                .body("messages", hasSize(1));
    }

    @Test
    void anApprovedExtensionOfAnotherPatientsSickNoteIsDeadLetteredAndExtendsNothing() {
        String patient = Accounts.registerReadyAdult("Sykmeldt Sigrid");
        String other = Accounts.registerReadyAdult("Annen Astrid");
        String own = Records.sickNote(patient, TODAY.minusDays(5), TODAY.plusDays(2));
        String othersNote = Records.sickNote(other, TODAY.minusDays(5), TODAY.plusDays(2));
        String id = asPatient(patient).body(Map.of("sickNoteId", own, "requestedUntil", TODAY.plusDays(16).toString()))
                .post("/api/v1/sick-leave-extensions").then().statusCode(201).extract().path("id");
        UUID conversation = UUID.fromString(id);
        EventEnvelope forged = EventEnvelope.of(new DecisionMade(conversation, UUID.randomUUID(), UUID.randomUUID(),
                DecisionMade.Outcome.APPROVED, null, Demo.LISE_BERG, Demo.LISE_BERG_HPR, now(), null, null,
                UUID.fromString(othersNote), TODAY.plusDays(30)), DEMO_CLINIC, conversation, now());

        publish(forged);

        assertThat(deadLetterReason(forged))
                .isEqualTo("DecisionMade refused: the event's sick note is not its conversation's");
        asPatient(other).queryParam("size", 100).get("/api/v1/sick-notes").then()
                .body("items.find { it.id == '" + othersNote + "' }.toDate", equalTo(TODAY.plusDays(2).toString()));
        asPatient(patient).get("/api/v1/conversations/" + conversation).then().body("status", equalTo("SUBMITTED"));
    }

    @Test
    void anotherClinicsStaffListingTheConversationIsDeadLetteredAndNotLogged() {
        String patient = Accounts.registerReadyAdult("Sett Signe");
        UUID conversation = UUID.fromString(submitEConsultation(patient));
        EventEnvelope forged = new ItemsViewed(ItemsViewed.View.LIST,
                List.of(new ItemsViewed.Seen(UUID.randomUUID(), conversation, null)), Demo.NILS_FJELL_HPR,
                Demo.NILS_FJELL, "gp", now()).envelope(FJORD_CLINIC);

        publish(forged);

        assertThat(deadLetterReason(forged)).isEqualTo("ItemsViewed refused: the event's clinic is not its conversation's");
        long logged = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from audit_event where resource_id = ?1 and actor_ref = ?2")
                .setParameter(1, conversation).setParameter(2, Demo.NILS_FJELL_HPR).getSingleResult()).longValue());
        assertThat(logged).isZero();
    }

    private UUID requestRenewal(String patient, String prescription) {
        String id = asPatient(patient).body(Map.of("prescriptionId", prescription))
                .post("/api/v1/prescription-renewals").then().statusCode(201).extract().path("id");
        return UUID.fromString(id);
    }

    /** The reason the event was dead-lettered with, once it is (the transaction that applied nothing is done by then). */
    private String deadLetterReason(EventEnvelope event) {
        return await().atMost(Duration.ofSeconds(60)).until(() -> QuarkusTransaction.requiringNew().call(() -> {
            List<String> reasons = em.createNativeQuery("select reason from dead_letter where event_id = ?1",
                    String.class).setParameter(1, event.id()).getResultList();
            return reasons.isEmpty() ? null : reasons.get(0);
        }), reason -> reason != null);
    }

    private void publish(EventEnvelope event) {
        InboxEvents.publish(codec, event);
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.ofHours(1));
    }
}
