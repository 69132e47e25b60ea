package no.legekontor.portal.invoice;

import static io.restassured.RestAssured.given;
import static no.legekontor.devtools.Demo.DEMO_CLINIC;
import static no.legekontor.devtools.Demo.EMMA;
import static no.legekontor.devtools.Demo.FJORD_CLINIC;
import static no.legekontor.devtools.Demo.KARI;
import static no.legekontor.devtools.Demo.LISE_BERG_HPR;
import static no.legekontor.portal.support.Api.asPatient;
import static no.legekontor.portal.support.ClinicSystem.expectProblem;
import static no.legekontor.portal.support.Schedule.booked;
import static no.legekontor.portal.support.Schedule.newSlot;
import static no.legekontor.portal.support.Schedule.nextStart;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import no.legekontor.devtools.DevTokens;
import no.legekontor.portal.client.ApiException;
import no.legekontor.portal.client.api.ClinicIntegrationApi;
import no.legekontor.portal.client.model.AttendanceRequest;
import no.legekontor.portal.client.model.ClinicInvoice;
import no.legekontor.portal.client.model.InvoiceStatus;
import no.legekontor.portal.client.model.InvoicedService;
import no.legekontor.portal.support.Accounts;
import no.legekontor.portal.support.ClinicSystem;
import no.legekontor.shared.calendar.BusinessCalendar;
import no.legekontor.shared.identity.Kid;
import org.junit.jupiter.api.Test;

/**
 * R12 for appointments and payments: the clinic system records attendance and marks invoices paid
 * through the client generated from the contract; the patient reads the receipt.
 */
@QuarkusTest
class AttendanceInvoiceTest {

    static final String KARIS_ATTENDED_DEMO_APPOINTMENT = "00000000-0000-4000-a100-000000000001";

    @Test
    void attendanceRecordedTwiceGivesOneInvoiceAtTheClinicsFee() throws ApiException {
        String patient = Accounts.registerReadyAdult("Oppmøte Olav");
        OffsetDateTime start = nextStart();
        UUID appointment = UUID.fromString(booked(patient, newSlot(start)));
        attended(DEMO_CLINIC, appointment);
        attended(DEMO_CLINIC, appointment);

        List<Map<String, Object>> invoices = invoicesOf(asPatient(patient), appointment);
        assertThat(invoices).hasSize(1);
        Map<String, Object> invoice = invoices.get(0);
        assertThat(invoice).containsEntry("service", "CONSULTATION")
                .containsEntry("amountNok", 224)
                .containsEntry("exempt", false)
                .containsEntry("status", "UNPAID")
                .containsEntry("serviceDate", start.atZoneSameInstant(BusinessCalendar.OSLO).toLocalDate().toString());
        assertThat(invoice.get("gp")).asString().contains(LISE_BERG_HPR);
        assertThat(Kid.isValid((String) invoice.get("kid"))).isTrue();
        var issuedOn = OffsetDateTime.parse((String) invoice.get("issuedAt")).atZoneSameInstant(BusinessCalendar.OSLO)
                .toLocalDate();
        assertThat(invoice).containsEntry("dueOn", issuedOn.plusDays(14).toString());
    }

    @Test
    void attendanceRecordedFiveTimesAtOnceGivesOneInvoice() throws Exception {
        String patient = Accounts.registerReadyAdult("Samtidig Siri");
        UUID appointment = UUID.fromString(booked(patient, newSlot()));
        ExecutorService pool = Executors.newFixedThreadPool(5);
        try {
            List<Callable<Object>> calls = IntStream.range(0, 5)
                    .<Callable<Object>>mapToObj(i -> () -> attended(DEMO_CLINIC, appointment)).toList();
            for (var result : pool.invokeAll(calls)) {
                result.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(invoicesOf(asPatient(patient), appointment)).hasSize(1);
    }

    @Test
    void notAttendedGivesNoInvoice() throws ApiException {
        String patient = Accounts.registerReadyAdult("Uteblitt Ulf");
        UUID appointment = UUID.fromString(booked(patient, newSlot()));
        epj(DEMO_CLINIC).recordAttendance(appointment, new AttendanceRequest().attended(false));

        assertThat(invoicesOf(asPatient(patient), appointment)).isEmpty();
    }

    @Test
    void childsAttendedAppointmentIsAReceiptOfZeroKronerMarkedExempt() throws ApiException {
        UUID appointment = UUID.fromString(forEmma()
                .body(Map.of("slotId", newSlot(), "reason", "Kontroll", "urgent", false))
                .post("/api/v1/appointments").then().statusCode(201).extract().path("id"));
        attended(DEMO_CLINIC, appointment);

        List<Map<String, Object>> invoices = invoicesOf(forEmma(), appointment);
        assertThat(invoices).hasSize(1);
        assertThat(invoices.get(0)).containsEntry("amountNok", 0).containsEntry("exempt", true)
                .containsEntry("status", "PAID");
    }

    @Test
    void clinicSystemFindsAnInvoiceByItsKidAndMarksItPaidOnce() throws ApiException {
        String patient = Accounts.registerReadyAdult("Betaler Berit");
        UUID appointment = UUID.fromString(booked(patient, newSlot()));
        attended(DEMO_CLINIC, appointment);
        String kid = (String) invoicesOf(asPatient(patient), appointment).get(0).get("kid");

        List<ClinicInvoice> found = epj(DEMO_CLINIC).listClinicInvoices(kid, null, null, "UNPAID").getItems();
        assertThat(found).hasSize(1);
        ClinicInvoice invoice = found.get(0);
        assertThat(invoice.getAppointmentId()).isEqualTo(appointment);
        assertThat(invoice.getPatient().getNationalId()).isEqualTo(patient);
        assertThat(invoice.getService()).isEqualTo(InvoicedService.CONSULTATION);

        ClinicInvoice paid = epj(DEMO_CLINIC).markInvoicePaid(invoice.getId());
        assertThat(paid.getStatus()).isEqualTo(InvoiceStatus.PAID);
        assertThat(paid.getPaidAt()).isNotNull();
        String seenByPatient = asPatient(patient).get("/api/v1/invoices/" + invoice.getId()).then().statusCode(200)
                .body("status", equalTo("PAID"))
                .extract().path("paidAt");
        OffsetDateTime paidAt = OffsetDateTime.parse(seenByPatient);
        assertThat(paidAt).isCloseTo(paid.getPaidAt(), within(1, ChronoUnit.MILLIS));

        // Paying again changes nothing: the first payment's time stays.
        ClinicInvoice again = epj(DEMO_CLINIC).markInvoicePaid(invoice.getId());
        assertThat(again.getStatus()).isEqualTo(InvoiceStatus.PAID);
        assertThat(again.getPaidAt()).isEqualTo(paidAt);
        assertThat(epj(DEMO_CLINIC).listClinicInvoices(kid, null, null, "UNPAID").getItems()).isEmpty();
    }

    @Test
    void anotherPatientsInvoiceIsNotFound() throws ApiException {
        String owner = Accounts.registerReadyAdult("Eier Eva");
        String other = Accounts.registerReadyAdult("Annen Arne");
        UUID appointment = UUID.fromString(booked(owner, newSlot()));
        attended(DEMO_CLINIC, appointment);
        Object id = invoicesOf(asPatient(owner), appointment).get(0).get("id");

        asPatient(other).get("/api/v1/invoices/" + id).then().statusCode(404).body("type", endsWith("/not-found"));
        assertThat(invoicesOf(asPatient(other), appointment)).isEmpty();
        asPatient(owner).get("/api/v1/invoices/" + UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void anotherClinicsSystemCannotFindOrPayTheInvoice() throws ApiException {
        String patient = Accounts.registerReadyAdult("Fjern Frode");
        UUID appointment = UUID.fromString(booked(patient, newSlot()));
        attended(DEMO_CLINIC, appointment);
        Map<String, Object> invoice = invoicesOf(asPatient(patient), appointment).get(0);
        UUID id = UUID.fromString((String) invoice.get("id"));

        expectProblem(404, "not-found", () -> epj(FJORD_CLINIC).markInvoicePaid(id));
        assertThat(epj(FJORD_CLINIC).listClinicInvoices((String) invoice.get("kid"), null, null, null).getItems())
                .isEmpty();
        asPatient(patient).get("/api/v1/invoices/" + id).then().body("status", equalTo("UNPAID"));
    }

    @Test
    void karisAttendedDemoAppointmentHasItsInvoice() {
        List<Map<String, Object>> invoices = asPatient(KARI).queryParam("size", 100).get("/api/v1/invoices").then()
                .statusCode(200)
                .extract().path("items.findAll { it.appointmentId == '" + KARIS_ATTENDED_DEMO_APPOINTMENT + "' }");
        assertThat(invoices).hasSize(1);
        assertThat(invoices.get(0)).containsEntry("service", "CONSULTATION").containsEntry("amountNok", 224);
        assertThat(invoices.get(0).get("clinic")).asString().contains("Demo Legesenter", DEMO_CLINIC);
    }

    @Test
    void invoiceEndpointsNeedTheRightToken() {
        String payment = "/api/v1/integration/invoices/" + UUID.randomUUID() + "/payment";
        given().get("/api/v1/invoices").then().statusCode(401);
        given().get("/api/v1/invoices/" + UUID.randomUUID()).then().statusCode(401);
        given().get("/api/v1/integration/invoices").then().statusCode(401);
        given().post(payment).then().statusCode(401);

        given().auth().oauth2(DevTokens.integration(DEMO_CLINIC)).get("/api/v1/invoices").then().statusCode(403);
        asPatient(KARI).get("/api/v1/integration/invoices").then().statusCode(403);
        asPatient(KARI).post(payment).then().statusCode(403);
    }

    @Test
    void listFiltersAreValidated() {
        expectProblem(400, "validation-failed", () -> epj(DEMO_CLINIC).listClinicInvoices("12ab", null, null, null));
        expectProblem(400, "validation-failed", () -> epj(DEMO_CLINIC).listClinicInvoices(null, null, null, "OPEN"));
    }

    private static Object attended(String clinic, UUID appointment) throws ApiException {
        return epj(clinic).recordAttendance(appointment, new AttendanceRequest().attended(true));
    }

    private static ClinicIntegrationApi epj(String clinic) {
        return ClinicSystem.of(clinic).integration();
    }

    private static RequestSpecification forEmma() {
        return asPatient(KARI).header("On-Behalf-Of", EMMA);
    }

    private static List<Map<String, Object>> invoicesOf(RequestSpecification caller, UUID appointment) {
        return caller.queryParam("size", 100).get("/api/v1/invoices").then().statusCode(200)
                .extract().path("items.findAll { it.appointmentId == '" + appointment + "' }");
    }
}
