package no.legekontor.portal.invoice;

import static no.legekontor.devtools.Demo.DEMO_CLINIC;
import static no.legekontor.devtools.Demo.EMMA;
import static no.legekontor.devtools.Demo.KARI;
import static no.legekontor.devtools.Demo.LISE_BERG;
import static no.legekontor.devtools.Demo.LISE_BERG_HPR;
import static no.legekontor.portal.support.Api.asPatient;
import static no.legekontor.portal.support.Api.econsultation;
import static no.legekontor.portal.support.Api.submitEConsultation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.legekontor.devtools.Demo;
import no.legekontor.portal.support.Accounts;
import no.legekontor.portal.support.InboxEvents;
import no.legekontor.shared.calendar.BusinessCalendar;
import no.legekontor.shared.event.EventEnvelope;
import no.legekontor.shared.event.ReplyPosted;
import no.legekontor.shared.identity.Kid;
import no.legekontor.support.messaging.EventCodec;
import org.junit.jupiter.api.Test;

/**
 * R12 for e-consultations: the invoice a GP's answer gives, with ReplyPosted published by the test
 * on the real broker and the invoice read back through the patient API.
 */
@QuarkusTest
class EConsultationInvoiceTest {

    @Inject
    EventCodec codec;

    @Test
    void answeredEConsultationGivesExactlyOneInvoiceAlsoWhenTheReplyIsDeliveredTwice() {
        String patient = Accounts.registerReadyAdult("Faktura Frida");
        UUID conversation = UUID.fromString(submitEConsultation(patient));
        OffsetDateTime answeredAt = OffsetDateTime.now(BusinessCalendar.OSLO);
        EventEnvelope reply = envelope(reply(conversation, "gp", answeredAt), conversation);
        publish(reply);
        publish(reply);
        // The GP answers a follow-up too: a later event on the same key, and still no second invoice.
        publish(envelope(reply(conversation, "gp", answeredAt.plusMinutes(5)), conversation));
        awaitMessages(asPatient(patient), conversation, 3);

        List<Map<String, Object>> invoices = invoicesOf(asPatient(patient), conversation);
        assertThat(invoices).hasSize(1);
        Map<String, Object> invoice = invoices.get(0);
        assertThat(invoice).containsEntry("service", "E_CONSULTATION")
                .containsEntry("amountNok", 224)
                .containsEntry("exempt", false)
                .containsEntry("status", "UNPAID")
                .containsEntry("serviceDate", answeredAt.toLocalDate().toString())
                .doesNotContainKey("paidAt");
        assertThat(invoice.get("clinic")).isEqualTo(Map.of("name", "Demo Legesenter", "phone", "22 00 00 00",
                "orgNumber", DEMO_CLINIC));
        assertThat(invoice.get("gp")).isEqualTo(Map.of("name", LISE_BERG, "hprNumber", LISE_BERG_HPR));
        assertThat(Kid.isValid((String) invoice.get("kid"))).as("KID %s", invoice.get("kid")).isTrue();
        LocalDate issuedOn = OffsetDateTime.parse((String) invoice.get("issuedAt"))
                .atZoneSameInstant(BusinessCalendar.OSLO).toLocalDate();
        assertThat(invoice).containsEntry("dueOn", issuedOn.plusDays(14).toString());

        // The receipt on its own: the same invoice.
        asPatient(patient).get("/api/v1/invoices/" + invoice.get("id")).then().statusCode(200)
                .body("kid", equalTo(invoice.get("kid")))
                .body("conversationId", equalTo(conversation.toString()));
        // The new invoice is announced once (R13), with a link to it and no amount or health content.
        List<Map<String, Object>> invoiceNotices = asPatient(patient).get("/api/v1/notifications").then()
                .statusCode(200).extract().jsonPath().getList("items.findAll { it.kind == 'INVOICE' }");
        assertThat(invoiceNotices).singleElement().satisfies(notice -> {
            assertThat(notice).containsEntry("link", "/invoices/" + invoice.get("id"));
            assertThat((String) notice.get("text")).startsWith("Du har fått en ny faktura fra Demo Legesenter")
                    .doesNotContain("224");
        });
    }

    @Test
    void officeReplyGivesNoInvoice() {
        String patient = Accounts.registerReadyAdult("Kontor Kjell");
        UUID econsultation = UUID.fromString(submitEConsultation(patient));
        UUID message = UUID.fromString(asPatient(patient)
                .body(Map.of("subject", "Attest", "body", "Kan jeg hente attesten?", "confirmNotUrgent", true))
                .post("/api/v1/messages").then().statusCode(201).extract().path("id"));
        OffsetDateTime now = OffsetDateTime.now(BusinessCalendar.OSLO);
        publish(envelope(reply(econsultation, "office", now), econsultation));
        publish(envelope(reply(message, "office", now), message));
        awaitMessages(asPatient(patient), econsultation, 2);
        awaitMessages(asPatient(patient), message, 2);

        asPatient(patient).get("/api/v1/invoices").then().statusCode(200)
                .body("items", hasSize(0))
                .body("total", equalTo(0));
    }

    @Test
    void emmasAnsweredEConsultationIsAReceiptOfZeroKronerMarkedExempt() {
        UUID conversation = UUID.fromString(asPatient(KARI).header("On-Behalf-Of", EMMA)
                .body(econsultation("Feber", "Emma har hatt feber i tre dager.")).post("/api/v1/e-consultations")
                .then().statusCode(201).extract().path("id"));
        publish(envelope(reply(conversation, "gp", OffsetDateTime.now(BusinessCalendar.OSLO)), conversation));
        awaitMessages(forEmma(), conversation, 2);

        List<Map<String, Object>> invoices = invoicesOf(forEmma(), conversation);
        assertThat(invoices).hasSize(1);
        assertThat(invoices.get(0)).containsEntry("amountNok", 0)
                .containsEntry("exempt", true)
                // Nothing is owed: paid from the start, still a receipt with its KID.
                .containsEntry("status", "PAID")
                .containsKey("paidAt");
        assertThat(Kid.isValid((String) invoices.get(0).get("kid"))).isTrue();
        // Emma's invoice is hers: not in Kari's own list, and not Kari's to read without On-Behalf-Of.
        assertThat(invoicesOf(asPatient(KARI), conversation)).isEmpty();
        asPatient(KARI).get("/api/v1/invoices/" + invoices.get(0).get("id")).then().statusCode(404);
    }

    private RequestSpecification forEmma() {
        return asPatient(KARI).header("On-Behalf-Of", EMMA);
    }

    private static List<Map<String, Object>> invoicesOf(RequestSpecification caller, UUID conversation) {
        return caller.queryParam("size", 100).get("/api/v1/invoices").then().statusCode(200)
                .extract().path("items.findAll { it.conversationId == '" + conversation + "' }");
    }

    /** The reply is in the conversation, so its invoice, issued in the same transaction, is there too. */
    private static void awaitMessages(RequestSpecification caller, UUID conversation, int count) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                caller.get("/api/v1/conversations/" + conversation).then().body("messages", hasSize(count)));
    }

    private static ReplyPosted reply(UUID conversation, String role, OffsetDateTime at) {
        return "gp".equals(role)
                ? new ReplyPosted(conversation, UUID.randomUUID(), "Bruk fuktighetskrem.", LISE_BERG, LISE_BERG_HPR,
                        role, at)
                : new ReplyPosted(conversation, UUID.randomUUID(), "Ja, den ligger i resepsjonen.", Demo.ANNE_DAHL,
                        Demo.ANNE_DAHL_HPR, role, at);
    }

    private static EventEnvelope envelope(ReplyPosted reply, UUID conversation) {
        return EventEnvelope.of(reply, DEMO_CLINIC, conversation, OffsetDateTime.now(BusinessCalendar.OSLO));
    }

    private void publish(EventEnvelope event) {
        InboxEvents.publish(codec, event);
    }
}
