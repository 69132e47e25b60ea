package no.legekontor.portal.hostile;

import static io.restassured.RestAssured.given;
import static no.legekontor.devtools.Demo.DEMO_CLINIC;
import static no.legekontor.devtools.Demo.EMMA;
import static no.legekontor.devtools.Demo.FJORD_CLINIC;
import static no.legekontor.devtools.Demo.KARI;
import static no.legekontor.devtools.Demo.LISE_BERG_HPR;
import static no.legekontor.devtools.Demo.NILS_FJELL_HPR;
import static no.legekontor.portal.support.Api.asPatient;
import static no.legekontor.portal.support.Api.econsultation;
import static no.legekontor.portal.support.Api.submitEConsultation;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import no.legekontor.devtools.DevTokens;
import no.legekontor.devtools.HostileInput;
import no.legekontor.devtools.OrderThenName;
import no.legekontor.portal.support.Accounts;
import no.legekontor.portal.support.Records;
import no.legekontor.portal.support.Schedule;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Hostile input against every write operation of the committed openapi/portal-api.yaml and
 * openapi/portal-api-clinic-system.yaml (see
 * {@link HostileInput}): never a 5xx, every 4xx problem+json. Runs last in the application the
 * module's tests share (devtools' OrderThenName), because the valid requests among the tries change
 * the demo people's data, which other tests read.
 */
@QuarkusTest
@Order(OrderThenName.LAST)
class HostileInputTest {

    /** Script, SQL and every Norwegian letter: text the portal must store and show exactly as sent. */
    static final String TRICKY_TEXT = "<script>alert('x')</script>'; drop table x;-- æøå ÆØÅ";

    @TestFactory
    Stream<DynamicTest> everyWriteOperationAnswersHostileInputWithAProblemAndNever5xx() {
        String conversation = submitEConsultation(KARI);
        // Enough of each thing a valid request uses up (a slot is booked once, a prescription renewed and a
        // sick note extended once while open, a guardianship ended once) for a tenth of them to succeed.
        List<String> freeSlots = IntStream.range(0, 22).mapToObj(i -> Schedule.newSlot()).toList();
        String[] prescriptions = IntStream.range(0, 10).mapToObj(i -> Records.prescription(KARI, "Hostile " + i,
                LocalDate.now().plusMonths(6))).toArray(String[]::new);
        String[] sickNotes = IntStream.range(0, 10).mapToObj(i -> Records.sickNote(KARI, LocalDate.now().minusDays(3),
                LocalDate.now().plusDays(4))).toArray(String[]::new);
        String appointment = Schedule.booked(KARI, freeSlots.get(0));
        // Its own appointment: cancelAppointment's tries (before it) cancel the other.
        String attended = Schedule.booked(KARI, freeSlots.get(1));
        String child = Accounts.register("Hostile Barn", LocalDate.now().minusYears(6));
        String[] guardianships = IntStream.range(0, 10).mapToObj(i -> Accounts.registerGuardian(
                Accounts.registerReadyAdult("Hostile Forelder " + i), child)).toArray(String[]::new);
        // Removing is idempotent: each of its valid tries removes one of these (again).
        String[] practitioners = IntStream.range(0, 3).mapToObj(i -> registerPractitioner("91000" + (71 + i)))
                .toArray(String[]::new);
        List<String> invoices = asPatient(KARI).get("/api/v1/invoices").then().statusCode(200).extract().path("items.id");
        return HostileInput.of(List.of("portal-api-clinic-system", "portal-api"), URI.create("http://localhost:" + port()))
                .token("idporten", () -> DevTokens.patient(KARI))
                .token("helseidClinicSystem", () -> DevTokens.integration(DEMO_CLINIC))
                .onBehalfOf(EMMA)
                .bodyValues("prescriptionId", prescriptions)
                .bodyValues("sickNoteId", sickNotes)
                .bodyValues("requestedUntil", LocalDate.now().plusWeeks(2).toString(),
                        LocalDate.now().plusWeeks(3).toString())
                .bodyValues("slotId", freeSlots.subList(2, freeSlots.size()).toArray(String[]::new))
                .bodyValues("nationalId", KARI, EMMA)
                .bodyValues("guardianNationalId", KARI)
                .bodyValues("childNationalId", child, EMMA)
                .bodyValues("gpHpr", LISE_BERG_HPR)
                .bodyValues("prescriberHpr", LISE_BERG_HPR)
                // A record's end is not before its start (else 400 before-start): dates in order.
                .bodyValues("issuedOn", "2026-11-02")
                .bodyValues("validUntil", "2027-11-02")
                .bodyValues("fromDate", "2026-11-20")
                .bodyValues("toDate", "2026-12-20")
                .pathValues("/api/v1/conversations/{id}/messages", conversation)
                .pathValues("/api/v1/appointments/{id}", appointment)
                .pathValues("/api/v1/integration/appointments/{id}/attendance", attended)
                .pathValues("/api/v1/integration/guardianships/{id}", guardianships)
                .pathValues("/api/v1/integration/invoices/{id}/payment", invoices.toArray(String[]::new))
                .pathValues("/api/v1/integration/practitioners/{hprNumber}", practitioners)
                // Fjord Legekontor asks to take over Kari (who accepts: nothing after it needs her at Demo
                // Legesenter) and Emma (declined for her by Kari).
                .pathValues("/api/v1/transfers/{id}/accept", Accounts.transferRequested(KARI, FJORD_CLINIC,
                        NILS_FJELL_HPR))
                .pathValues("/api/v1/transfers/{id}/decline", Accounts.transferRequested(EMMA, FJORD_CLINIC,
                        NILS_FJELL_HPR))
                .after("setAccessLevel", () -> Accounts.chooseFullAccess(KARI))
                .after("confirmProfile", () -> Accounts.confirmProfile(KARI))
                .tries(100)
                .dynamicTests();
    }

    @Test
    void scriptSqlAndNorwegianLettersAreStoredAndReturnedExactly() {
        String id = submitEConsultation(KARI, econsultation(TRICKY_TEXT, TRICKY_TEXT)).statusCode(201)
                .body("subject", equalTo(TRICKY_TEXT))
                .extract().path("id");
        asPatient(KARI).get("/api/v1/conversations/" + id).then()
                .statusCode(200)
                .body("subject", equalTo(TRICKY_TEXT))
                .body("messages[0].body", equalTo(TRICKY_TEXT));
    }

    /** A practitioner of Demo Legesenter's, for the removal's tries. */
    private static String registerPractitioner(String hprNumber) {
        given().auth().oauth2(DevTokens.integration(DEMO_CLINIC)).contentType(ContentType.JSON)
                .body(Map.of("hprNumber", hprNumber, "name", "Hostile Lege", "role", "OFFICE"))
                .post("/api/v1/integration/practitioners").then().statusCode(201);
        return hprNumber;
    }

    private static int port() {
        return ConfigProvider.getConfig().getValue("quarkus.http.test-port", Integer.class);
    }
}
