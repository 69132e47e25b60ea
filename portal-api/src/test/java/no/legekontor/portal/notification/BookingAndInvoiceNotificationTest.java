package no.legekontor.portal.notification;

import static no.legekontor.devtools.Demo.DEMO_CLINIC;
import static no.legekontor.portal.notification.NotificationChecks.inOutbox;
import static no.legekontor.portal.notification.NotificationChecks.listed;
import static no.legekontor.portal.notification.NotificationChecks.published;
import static no.legekontor.portal.notification.NotificationChecks.readyAdultNotifiedBy;
import static no.legekontor.portal.support.Api.asPatient;
import static no.legekontor.portal.support.Schedule.booked;
import static no.legekontor.portal.support.Schedule.newSlot;
import static no.legekontor.portal.support.Schedule.nextStart;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.legekontor.portal.account.Patient;
import no.legekontor.portal.support.Accounts;
import no.legekontor.shared.calendar.BusinessCalendar;
import no.legekontor.shared.identity.NationalId;
import org.junit.jupiter.api.Test;

/**
 * R13: a booking and a cancellation notify the one who booked (a guardian for a child), once each; a
 * new invoice notifies once however often it is reported; a person who chose no channel sees the
 * notification in the list only.
 */
@QuarkusTest
class BookingAndInvoiceNotificationTest {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy 'kl.' HH:mm");

    @Inject
    Notifications notifications;

    @Test
    void aBookingAndItsCancellationGiveOneNotificationEach() {
        String person = readyAdultNotifiedBy("Varsel Vilde", true, false);
        OffsetDateTime start = nextStart();
        String appointment = booked(person, newSlot(start));
        asPatient(person).delete("/api/v1/appointments/" + appointment).then().statusCode(200);
        asPatient(person).delete("/api/v1/appointments/" + appointment).then().statusCode(200);

        String when = WHEN.format(start.atZoneSameInstant(BusinessCalendar.OSLO));
        List<Map<String, Object>> bookings = listed(person, "APPOINTMENT_BOOKED");
        List<Map<String, Object>> cancellations = listed(person, "APPOINTMENT_CANCELLED");
        assertThat(bookings).singleElement().satisfies(n -> assertThat(n)
                .containsEntry("text", "En time hos Demo Legesenter " + when + " er bestilt. Logg inn for å se den.")
                .containsEntry("link", "/appointments")
                .containsEntry("channels", List.of("SMS")));
        assertThat(cancellations).singleElement().satisfies(n -> assertThat(n)
                .containsEntry("text", "En time hos Demo Legesenter " + when + " er avbestilt."));
        // Newest first: the cancellation, then the booking.
        asPatient(person).get("/api/v1/notifications").then()
                .body("items", hasSize(2))
                .body("total", equalTo(2))
                .body("items[0].kind", equalTo("APPOINTMENT_CANCELLED"))
                .body("items[1].kind", equalTo("APPOINTMENT_BOOKED"));
        assertThat(published(bookings.get(0).get("id"), 1)).singleElement()
                .satisfies(e -> assertThat(e.value()).doesNotContain("Kontroll"));
        assertThat(published(cancellations.get(0).get("id"), 1)).hasSize(1);
    }

    @Test
    void aGuardianIsNotifiedOfTheChildsBookingAndSeesItAlsoForTheChild() {
        String parent = readyAdultNotifiedBy("Varsel Verge", false, true);
        String child = Accounts.register("Varsel Barn", LocalDate.now(BusinessCalendar.OSLO).minusYears(7));
        Accounts.registerGuardian(parent, child);
        String otherChild = Accounts.register("Varsel Søsken", LocalDate.now(BusinessCalendar.OSLO).minusYears(9));
        Accounts.registerGuardian(parent, otherChild);
        OffsetDateTime start = nextStart();
        String slot = newSlot(start);
        asPatient(parent).header("On-Behalf-Of", child)
                .body(Map.of("slotId", slot, "reason", "Øreverk", "urgent", false))
                .post("/api/v1/appointments").then().statusCode(201);

        assertThat(listed(parent, "APPOINTMENT_BOOKED")).singleElement()
                .satisfies(n -> assertThat(n).containsEntry("channels", List.of("EMAIL")));
        asPatient(parent).header("On-Behalf-Of", child).get("/api/v1/notifications").then()
                .statusCode(200).body("items", hasSize(1)).body("items[0].kind", equalTo("APPOINTMENT_BOOKED"));
        asPatient(parent).header("On-Behalf-Of", otherChild).get("/api/v1/notifications").then()
                .statusCode(200).body("items", hasSize(0));
    }

    @Test
    void aNewInvoiceGivesOneNotificationAlsoWhenReportedTwice() {
        String person = readyAdultNotifiedBy("Varsel Vegard", true, true);
        UUID patient = idOf(person);
        UUID invoice = UUID.randomUUID();
        for (int i = 0; i < 2; i++) {
            QuarkusTransaction.requiringNew().run(() -> notifications.invoiceIssued(patient, patient, invoice,
                    DEMO_CLINIC));
        }

        assertThat(listed(person, "INVOICE")).singleElement().satisfies(n -> assertThat(n)
                .containsEntry("text", "Du har fått en ny faktura fra Demo Legesenter. Logg inn for å se den.")
                .containsEntry("link", "/invoices/" + invoice)
                .containsEntry("channels", List.of("SMS", "EMAIL")));
        assertThat(published(listed(person, "INVOICE").get(0).get("id"), 2)).hasSize(2);
    }

    @Test
    void aChildsInvoiceGoesToTheGuardianWhoActedForTheChild() {
        String parent = readyAdultNotifiedBy("Varsel Vanja", true, false);
        String child = Accounts.register("Varsel Villemo", LocalDate.now(BusinessCalendar.OSLO).minusYears(5));
        Accounts.registerGuardian(parent, child);
        UUID invoice = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> notifications.invoiceIssued(idOf(child), idOf(parent), invoice,
                DEMO_CLINIC));

        assertThat(listed(parent, "INVOICE")).singleElement()
                .satisfies(n -> assertThat(n).containsEntry("link", "/invoices/" + invoice));
    }

    @Test
    void aPersonWhoChoseNoChannelSeesTheNotificationOnlyInTheList() {
        String person = readyAdultNotifiedBy("Varsel Valdemar", false, false);
        booked(person, newSlot(nextStart()));

        Map<String, Object> notification = listed(person, "APPOINTMENT_BOOKED").get(0);
        assertThat(notification).containsEntry("channels", List.of());
        assertThat(inOutbox(notification.get("id"))).isZero();
        assertThat(published(notification.get("id"), 0)).isEmpty();
    }

    private static UUID idOf(String nationalId) {
        return QuarkusTransaction.requiringNew().call(() -> Patient.byNationalId(NationalId.parse(nationalId))
                .orElseThrow().id);
    }
}
